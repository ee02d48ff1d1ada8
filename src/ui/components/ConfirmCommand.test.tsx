// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json' with { type: 'json' };
import { createTranslator, type Diagnosis, type Exchange, type LocaleMessages } from '../../core/index.ts';
import { ConfirmCommand, confirmCommand } from './ConfirmCommand.tsx';
import { TranslateProvider } from './TranslateContext.tsx';

const t = createTranslator(english as LocaleMessages);
const diagnosis = (region?: string): Diagnosis => ({
  exchangeId: 'har:3',
  flagged: true,
  origin: 'api-gateway',
  causes: [],
  facts: region === undefined ? {} : { region },
});
const exchange = (index?: number) => ({ ...(index === undefined ? {} : { index }) }) as Exchange;

afterEach(cleanup);

describe('ConfirmCommand', () => {
  it('names the entry and the region when they are known', () => {
    expect(confirmCommand(exchange(3), diagnosis('eu-west-1'))).toBe(
      'npx apigw403 confirm <exported.har> --entry 3 --region eu-west-1',
    );
    expect(confirmCommand(exchange(), diagnosis())).toBe('npx apigw403 confirm <exported.har>');
  });

  it('keeps a region that is not shaped like one off the shell line', () => {
    expect(confirmCommand(exchange(0), diagnosis('us-east-1; rm -rf ~'))).toBe(
      'npx apigw403 confirm <exported.har> --entry 0',
    );
  });

  it('renders the command with its introduction and a copy button', () => {
    render(
      <TranslateProvider value={t}>
        <ConfirmCommand exchange={exchange(5)} diagnosis={diagnosis('us-east-1')} />
      </TranslateProvider>,
    );
    expect(screen.getByText(english.ui_card_confirm_intro.message)).toBeTruthy();
    expect(screen.getByText('npx apigw403 confirm <exported.har> --entry 5 --region us-east-1')).toBeTruthy();
  });
});
