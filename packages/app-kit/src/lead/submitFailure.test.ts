import { SellApiError, type SellApiErrorKind } from '@sell-bridge/sell-api';
import { lostAnswerFailure, sourceFailure, submitFailure } from './submitFailure';

const apiError = (kind: SellApiErrorKind, fieldErrors: SellApiError['fieldErrors'] = []) =>
  new SellApiError({ kind, status: 0, message: `${kind} happened`, fieldErrors });

it.each([
  ['rate_limited', 'lead.failed.rate_limited', true],
  ['server', 'lead.failed.server', true],
  ['network', 'lead.failed.offline', true],
  ['timeout', 'lead.failed.timeout', true],
  ['unauthorized', 'lead.failed.unauthorized', false],
  ['forbidden', 'lead.failed.forbidden', false],
  ['bad_request', 'lead.failed.unknown', true],
] as const)('explains a %s failure with %s (retry: %s)', (kind, bodyKey, canRetry) => {
  expect(submitFailure(apiError(kind))).toMatchObject({ bodyKey, canRetry, fields: {}, owner: null });
});

it('explains an unexpected error as unknown and retryable', () => {
  expect(submitFailure(new TypeError('boom'))).toMatchObject({ bodyKey: 'lead.failed.unknown', canRetry: true });
});

it('maps a 422 onto the fields, keeps the owner error apart and lists the rest', () => {
  const failure = submitFailure(
    apiError('validation', [
      { field: 'last_name', code: 'blank', message: "can't be blank", details: '' },
      { field: 'owner_id', code: 'incorrect_value', message: 'must be an active user', details: '' },
      { field: 'custom_fields', code: 'invalid', message: 'Industry is not a known field', details: '' },
    ]),
  );
  expect(failure).toMatchObject({
    bodyKey: 'lead.failed.fields',
    canRetry: false,
    fields: { last_name: { key: 'lead.error.required', values: { message: "can't be blank" } } },
    owner: { key: 'lead.error.rejected', values: { message: 'must be an active user' } },
    details: ['Industry is not a known field'],
  });
});

it('says Sell refused the lead when a 422 names no field', () => {
  expect(submitFailure(apiError('validation'))).toMatchObject({ bodyKey: 'lead.failed.rejected', details: ['validation happened'] });
});

it('names the lead source when it cannot be found or created, but keeps transient causes', () => {
  expect(sourceFailure(apiError('forbidden'), 'Zendesk Chat')).toMatchObject({ bodyKey: 'lead.failed.source', values: { name: 'Zendesk Chat' } });
  expect(sourceFailure(apiError('validation'), 'Zendesk Chat')).toMatchObject({ bodyKey: 'lead.failed.source' });
  expect(sourceFailure(apiError('rate_limited'), 'Zendesk Chat')).toMatchObject({ bodyKey: 'lead.failed.rate_limited' });
  expect(sourceFailure(apiError('unauthorized'), 'Zendesk Chat')).toMatchObject({ bodyKey: 'lead.failed.unauthorized' });
});

it('tells a proven absence from an unknown outcome after a lost answer', () => {
  expect(lostAnswerFailure('absent')).toMatchObject({ bodyKey: 'lead.failed.not_created', canRetry: true });
  expect(lostAnswerFailure('unknown')).toMatchObject({ bodyKey: 'lead.failed.unverified', canRetry: true });
});
