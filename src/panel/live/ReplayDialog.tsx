import { useId, useState } from 'react';
import type { Exchange } from '../../core/index.ts';
import type { OriginAccess } from '../../platform/permissions.ts';
import type { LiveOutcome, ReplayResult } from '../../shared/live-protocol.ts';
import {
  availableVariants,
  buildReplayRequest,
  methodGate,
  type ReplayVariant,
} from '../../shared/replay-plan.ts';
import { LiveProblem } from '../../ui/components/LiveProblem.tsx';
import { useT } from '../../ui/components/TranslateContext.tsx';
import { maskedUrl } from '../../ui/state/on-screen.ts';
import { Dialog } from '../components/Dialog.tsx';
import { ReplayComparison } from './ReplayComparison.tsx';

export interface ReplayServices {
  /** Must be called synchronously from the click: Chrome only prompts during a user gesture. */
  requestOriginAccess(origin: string): Promise<OriginAccess>;
  replay(params: {
    exchange: Exchange;
    variant: ReplayVariant;
    bodyConfirmed: boolean;
  }): Promise<ReplayResult>;
}

type Step =
  | { name: 'choose' }
  | { name: 'confirm-body' }
  | { name: 'sending' }
  | { name: 'done'; result: ReplayResult; answered: Answered }
  | { name: 'problem'; outcome: Exclude<LiveOutcome, { kind: 'answered' }> }
  | { name: 'failed'; message: string };

type Answered = Extract<LiveOutcome, { kind: 'answered' }>;

function stepFor(result: ReplayResult): Step {
  const { outcome } = result;
  return outcome.kind === 'answered'
    ? { name: 'done', result, answered: outcome }
    : { name: 'problem', outcome };
}

interface Props {
  exchange: Exchange;
  services: ReplayServices;
  onClose(): void;
}

/**
 * Re-send a captured request only after the user says so: one confirmation for GET/HEAD/OPTIONS, a second one
 * showing the body for methods that can change data. Then show how the answer and the diagnosis changed.
 */
export function ReplayDialog({ exchange, services, onClose }: Props) {
  const t = useT();
  const radioName = useId();
  const variants = availableVariants(exchange);
  const [variant, setVariant] = useState<ReplayVariant>('as-captured');
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const gate = methodGate(exchange.method);
  const request = buildReplayRequest(exchange, variant);

  const send = (bodyConfirmed: boolean) => {
    let origin: string;
    try {
      origin = new URL(exchange.url).origin;
    } catch {
      setStep({ name: 'failed', message: maskedUrl(exchange.url) });
      return;
    }
    // Asked before any await, while the click's user gesture lasts.
    const access = services.requestOriginAccess(origin);
    setStep({ name: 'sending' });
    void access
      .then(async (granted): Promise<Step> => {
        if (granted.granted) return stepFor(await services.replay({ exchange, variant, bodyConfirmed }));
        const message = granted.message !== undefined ? { message: granted.message } : {};
        return { name: 'problem', outcome: { kind: 'permission-refused', origin, ...message } };
      })
      .then(setStep, (error: unknown) =>
        setStep({ name: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
  };

  return (
    <Dialog
      title={t('ui_replay_title', [exchange.method, maskedUrl(exchange.url)])}
      onClose={onClose}
      className="replay-dialog"
      testId="replay-dialog"
      data={{ 'data-step': step.name }}
    >
      {step.name === 'choose' ? (
        gate === 'not-allowed' ? (
          <p role="alert">{t('ui_replay_method_not_allowed', [exchange.method])}</p>
        ) : (
          <>
            <fieldset>
              <legend>{t('ui_replay_variant_legend')}</legend>
              {variants.map((option) => (
                <label key={option} className="replay-variant">
                  <input
                    type="radio"
                    name={`${radioName}-variant`}
                    value={option}
                    checked={variant === option}
                    onChange={() => setVariant(option)}
                  />
                  {t(`ui_replay_variant_${option.replaceAll('-', '_')}`)}
                </label>
              ))}
            </fieldset>
            <p className="replay-note">{t('ui_replay_no_cookies')}</p>
            {request.notResent.length > 0 ? (
              <p className="replay-note">{t('ui_replay_not_resent', [request.notResent.join(', ')])}</p>
            ) : null}
            <div className="dialog-buttons">
              <button
                type="button"
                data-testid="replay-confirm"
                onClick={() => (gate === 'safe' ? send(false) : setStep({ name: 'confirm-body' }))}
              >
                {t('ui_replay_send')}
              </button>
              <button type="button" onClick={onClose}>
                {t('ui_replay_cancel')}
              </button>
            </div>
          </>
        )
      ) : null}
      {step.name === 'confirm-body' ? (
        <>
          <p role="alert">{t('ui_replay_confirm_body', [exchange.method])}</p>
          <pre className="replay-body" data-testid="replay-body">
            {request.body ?? t('ui_replay_no_body')}
          </pre>
          <div className="dialog-buttons">
            <button type="button" data-testid="replay-confirm-body" onClick={() => send(true)}>
              {t('ui_replay_send_with_body', [exchange.method])}
            </button>
            <button type="button" onClick={onClose}>
              {t('ui_replay_cancel')}
            </button>
          </div>
        </>
      ) : null}
      {step.name === 'sending' ? <p role="status">{t('ui_replay_sending')}</p> : null}
      {step.name === 'done' ? (
        <ReplayComparison exchange={exchange} result={step.result} answered={step.answered} />
      ) : null}
      {step.name === 'problem' ? <LiveProblem outcome={step.outcome} /> : null}
      {step.name === 'failed' ? <p role="alert">{t('ui_replay_failed', [step.message])}</p> : null}
      {step.name === 'done' || step.name === 'problem' || step.name === 'failed' ? (
        <div className="dialog-buttons">
          <button type="button" onClick={() => setStep({ name: 'choose' })}>
            {t('ui_replay_again')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui_replay_close')}
          </button>
        </div>
      ) : null}
    </Dialog>
  );
}
