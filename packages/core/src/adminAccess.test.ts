import { adminAccess } from './adminAccess';

describe('adminAccess: only admins open the admin view', () => {
  it.each([
    { product: 'support', user: { role: 'admin', name: 'Amelia Hart' }, verdict: { allowed: true, name: 'Amelia Hart' } },
    { product: 'chat', user: { role: 'admin', name: null, email: 'amelia@acme.example' }, verdict: { allowed: true, name: 'amelia@acme.example' } },
    { product: 'sell', user: { role: 'admin', name: '  ', email: null }, verdict: { allowed: true, name: '' } },
    { product: 'support', user: { role: 'agent', name: 'Omar' }, verdict: { allowed: false, authority: 'zendesk' } },
    { product: 'chat', user: { role: 'Administrator' }, verdict: { allowed: false, authority: 'zendesk' } },
    { product: 'sell', user: { role: 'user', name: 'Omar' }, verdict: { allowed: false, authority: 'sell' } },
    { product: 'support', user: null, verdict: { allowed: false, authority: 'zendesk' } },
    { product: 'sell', user: {}, verdict: { allowed: false, authority: 'sell' } },
  ] as const)('$product, role $user.role → $verdict.allowed', ({ product, user, verdict }) => {
    expect(adminAccess(product, user)).toEqual(verdict);
  });
});
