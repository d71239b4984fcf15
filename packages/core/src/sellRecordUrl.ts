/** Where a Sell record opens in the Sell web app (the "open in Sell" links). */
export type SellRecordKind = 'lead' | 'person' | 'company' | 'deal';

const SELL_APP = 'https://app.futuresimple.com';

/** The Sell web app URL of a record; persons and companies are both contacts. */
export function sellRecordUrl(kind: SellRecordKind, id: number): string {
  const path = kind === 'lead' ? 'leads' : kind === 'deal' ? 'sales/deals' : 'crm/contacts';
  return `${SELL_APP}/${path}/${Math.trunc(id)}`;
}
