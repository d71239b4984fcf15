import { render as renderDom, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import type { OwnerDecision, OwnerOption } from '@sell-bridge/core';
import { translate } from '../i18n/translate';
import { en } from '../i18n/messages/en';
import { SellBridgeTheme } from '../theme/SellBridgeTheme';
import { OwnerPicker } from './OwnerPicker';
import { OWNER_OPTION_LIMIT } from './filterOwners';

const english = (key: keyof typeof en, values?: Record<string, string | number>) => translate('en', en, en, key, values);

const render = (ui: ReactElement) => renderDom(<SellBridgeTheme colorScheme="light" locale="en">{ui}</SellBridgeTheme>);

const users: OwnerOption[] = Array.from({ length: 10_000 }, (_, i) => ({ id: i + 1, name: `Agent ${String(i + 1).padStart(5, '0')}`, kind: 'user', configured: false }));
const pool: OwnerOption = { id: 20_000, name: 'Round Robin – APAC', kind: 'distribution', configured: false };

it('lists at most 50 of 10,000 owners, says how many matched, and narrows as the agent types', async () => {
  const user = userEvent.setup();
  const decision: OwnerDecision = { kind: 'any', options: [...users, pool], preselectedId: null, reason: { key: 'owner.reason.any_owner' }, dropped: [] };
  const onChange = vi.fn();
  render(<OwnerPicker decision={decision} value={null} onChange={onChange} />);

  await user.click(screen.getByText(english('owner.placeholder.search')));
  const listbox = screen.getByRole('listbox', { hidden: true });
  expect(within(listbox).getAllByRole('option', { hidden: true }).length).toBeLessThanOrEqual(OWNER_OPTION_LIMIT + 1);
  expect(listbox).toHaveTextContent(english('owner.more', { shown: OWNER_OPTION_LIMIT, count: 10_001 }));

  await user.keyboard('apac');
  const [only] = within(listbox).getAllByRole('option');
  expect(only).toHaveTextContent(pool.name);
  expect(only).toHaveTextContent(english('owner.label.distribution'));
  await user.click(only!);
  expect(onChange).toHaveBeenCalledWith(pool.id);
});

it('says when nothing matches', async () => {
  const user = userEvent.setup();
  const decision: OwnerDecision = { kind: 'any', options: [pool], preselectedId: null, reason: { key: 'owner.reason.any_owner' }, dropped: [] };
  render(<OwnerPicker decision={decision} value={null} onChange={vi.fn()} />);

  await user.click(screen.getByText(english('owner.placeholder.search')));
  await user.keyboard('nobody');
  expect(screen.getByRole('listbox')).toHaveTextContent(english('owner.no_results'));
});

it('lists configured owners that could not be used under a fixed owner', () => {
  const decision: OwnerDecision = {
    kind: 'fixed',
    owner: { id: 4, name: 'Omar Haddad', kind: 'user', configured: true },
    reason: { key: 'owner.reason.configured_user', values: { id: 4, name: 'Omar Haddad' } },
    dropped: [{ ref: { kind: 'distribution', id: 9 }, reason: { key: 'owner.reason.owner_unknown', values: { id: 9, kind: 'distribution' } } }],
  };
  render(<OwnerPicker decision={decision} value={null} onChange={vi.fn()} />);

  expect(screen.getByText(english('owner.reason.owner_unknown', { kind: english('owner.kind.distribution'), id: '9' }))).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { hidden: true })).not.toBeInTheDocument();
});

it('tells namesakes apart by their email, and finds an owner by email', async () => {
  const user = userEvent.setup();
  const chloes: OwnerOption[] = [
    { id: 1, name: 'Chloe Cooper', kind: 'user', configured: false, email: 'chloe.cooper@emea.example' },
    { id: 2, name: 'Chloe Cooper', kind: 'user', configured: false, email: 'chloe.cooper@apac.example' },
  ];
  const decision: OwnerDecision = { kind: 'any', options: chloes, preselectedId: null, reason: { key: 'owner.reason.any_owner' }, dropped: [] };
  render(<OwnerPicker decision={decision} value={null} onChange={vi.fn()} />);

  await user.click(screen.getByText(english('owner.placeholder.search')));
  const listbox = screen.getByRole('listbox', { hidden: true });
  expect(within(listbox).getAllByRole('option', { hidden: true }).map((option) => option.textContent)).toEqual([
    'Chloe Cooperchloe.cooper@emea.example',
    'Chloe Cooperchloe.cooper@apac.example',
  ]);
  await user.keyboard('apac');
  expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Chloe Cooperchloe.cooper@apac.example']);
});
