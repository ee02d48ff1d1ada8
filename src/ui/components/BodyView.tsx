import type { Body } from '../../core/index.ts';
import { useT } from './TranslateContext.tsx';

/**
 * The response body as text in a <pre>: React escapes it, so an HTML or script body can never run. `text` is the
 * body pretty-printed and masked (on-screen.ts); `body` says what kind it is.
 */
export function BodyView({ body, text }: { body: Body; text: string | undefined }) {
  const t = useT();
  if (body.kind === 'absent') return <p className="muted">{t('ui_body_absent')}</p>;
  if (body.kind === 'empty' || text === '') return <p className="muted">{t('ui_body_empty')}</p>;
  if (body.kind === 'binary' || text === undefined) return <p className="muted">{t('ui_body_binary')}</p>;
  return (
    <pre className="body-text" data-testid="response-body" data-kind={body.kind}>
      {text}
    </pre>
  );
}
