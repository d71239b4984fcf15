import { SellApiError, type SellApiErrorKind } from '@sell-bridge/sell-api';
import { explainError } from './explainError';

const failure = (kind: SellApiErrorKind) => new SellApiError({ kind, status: 0, message: kind, service: 'sell' });

describe('explainError: every fault has words and says whether trying again can help', () => {
  it.each([
    { kind: 'unauthorized', title: 'state.unauthorized.title', canRetry: false },
    { kind: 'forbidden', title: 'state.forbidden.title', canRetry: false },
    { kind: 'not_found', title: 'state.not_found.title', canRetry: true },
    { kind: 'rate_limited', title: 'state.rate_limited.title', canRetry: true },
    { kind: 'server', title: 'state.server.title', canRetry: true },
    { kind: 'network', title: 'state.offline.title', canRetry: true },
    { kind: 'timeout', title: 'state.timeout.title', canRetry: true },
  ] as const)('$kind → $title (retry: $canRetry)', ({ kind, title, canRetry }) => {
    const state = explainError(failure(kind));
    expect(state.titleKey).toBe(title);
    expect(state.canRetry).toBe(canRetry);
  });

  it('explains what is not an API error as unknown, with a retry', () => {
    expect(explainError(new Error('boom'))).toMatchObject({ titleKey: 'state.unknown.title', canRetry: true });
  });

  it('names the product that failed', () => {
    expect(explainError(failure('server'), 'chat').values).toEqual({ service: 'Chat' });
    expect(explainError(failure('server')).values).toEqual({ service: 'Sell' });
  });
});
