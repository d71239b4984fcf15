import { sellRecordUrl } from './sellRecordUrl';

it.each([
  ['lead', 20000001, 'https://app.futuresimple.com/leads/20000001'],
  ['person', 30000002, 'https://app.futuresimple.com/crm/contacts/30000002'],
  ['company', 30000001, 'https://app.futuresimple.com/crm/contacts/30000001'],
  ['deal', 40000001, 'https://app.futuresimple.com/sales/deals/40000001'],
] as const)('links a %s to its Sell page', (kind, id, url) => {
  expect(sellRecordUrl(kind, id)).toBe(url);
});
