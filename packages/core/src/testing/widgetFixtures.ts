/** Test-only fixtures shared by the safeHref and widget tests. */
import type { SellContact, SellDeal, SellLead } from '../sell';

/** Link and markup payloads that must never become an href or markup. */
export const XSS_CORPUS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'javascript :alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\x01javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u0000:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;vascript:alert(1)',
  'javascript%3Aalert(1)',
  '%6A%61vascript:alert(1)',
  'javas\u200bcript:alert(1)',
  'ja\u00advascript:alert(1)',
  '\u202ejavascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'javascript://example.com/%0Aalert(1)',
  'javascript:/*https://example.com*/alert(1)',
  'javascript:https://example.com',
  'vbscript:msgbox(1)',
  'livescript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'file:///etc/passwd',
  'ftp://example.com/file',
  'blob:https://example.com/1234',
  'about:blank',
  'chrome://settings',
  'intent://scan/#Intent;scheme=zxing;end',
  'ms-settings:privacy',
  'mailto:a@example.com?body=<script>alert(1)</script>',
  'mailto:javascript:alert(1)',
  'tel:javascript:alert(1)',
  'tel:+1555<script>',
  '//evil.example',
  '///evil.example',
  '\\\\evil.example',
  '/\\evil.example',
  'https://example.com@evil.example',
  'https://user:pass@evil.example',
  'https://a"b.example',
  'https://example.com" onmouseover="alert(1)',
  'https://example.com\nSet-Cookie: x=1',
  'http://<script>.example',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg/onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
];

/** Every href safeHref may produce starts with one of these and carries no quote, bracket, space or control. */
// eslint-disable-next-line no-control-regex -- the point is to assert controls never appear
export const SAFE_HREF = /^(?:https?:\/\/|mailto:|tel:)[^\s"'<>`\u0000-\u001f\u007f-\u009f]+$/u;

const base = {
  creator_id: 1,
  owner_id: 7,
  title: 'Head of Sales',
  description: 'Met at the fair.\nWants a demo.',
  industry: 'Retail',
  website: 'example.com',
  email: 'ann@example.com',
  phone: '+1 555 0100',
  mobile: '+1 555 0101',
  fax: null,
  twitter: '@example',
  facebook: null,
  linkedin: 'https://www.linkedin.com/in/example',
  skype: null,
  address: { line1: '12 Main St', city: 'Springfield', postal_code: '62704', state: 'IL', country: 'US' },
  tags: ['vip', 'chat'],
  custom_fields: {},
  created_at: '2024-03-15T23:30:00Z',
  updated_at: '2024-03-16T08:00:00Z',
};

/** A lead as Sell returns it. */
export const LEAD: SellLead = {
  ...base,
  id: 11,
  first_name: 'Ann',
  last_name: 'Lee',
  organization_name: 'Example Corp',
  status: 'New',
  source_id: 3,
};

/** A person contact working for COMPANY. */
export const PERSON: SellContact = {
  ...base,
  id: 21,
  is_organization: false,
  contact_id: 22,
  parent_organization_id: null,
  name: 'Ann Lee',
  first_name: 'Ann',
  last_name: 'Lee',
  customer_status: 'current',
  prospect_status: 'none',
  billing_address: null,
  shipping_address: null,
};

/** A company contact. */
export const COMPANY: SellContact = {
  ...PERSON,
  id: 22,
  is_organization: true,
  contact_id: null,
  name: 'Example Corp',
  first_name: null,
  last_name: null,
  customer_status: 'past',
  prospect_status: 'lost',
};

/** A deal in euros with its value sent as a string. */
export const DEAL: SellDeal = {
  id: 31,
  creator_id: 1,
  owner_id: 7,
  name: 'Renewal',
  contact_id: 21,
  organization_id: 22,
  source_id: 4,
  stage_id: 5,
  value: '1234.50',
  currency: 'EUR',
  hot: true,
  estimated_close_date: '2024-03-15',
  customized_win_likelihood: 60,
  last_stage_change_at: null,
  added_at: '2024-01-02',
  tags: [],
  custom_fields: {},
  created_at: '2024-03-15T23:30:00Z',
  updated_at: '2024-03-16T08:00:00Z',
};

/** Lookups naming the ids used above. */
export const LOOKUPS = {
  users: [{ id: 7, name: 'Sam Seller' }],
  sources: [
    { id: 3, name: 'Chat' },
    { id: 4, name: 'Referral' },
  ],
  stages: [{ id: 5, name: 'Qualified' }],
  contacts: [
    { id: 21, name: 'Ann Lee' },
    { id: 22, name: 'Example Corp' },
  ],
};
