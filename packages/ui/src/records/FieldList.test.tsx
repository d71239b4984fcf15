import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FieldRow } from '@sell-bridge/core';
import { english, Providers } from '../testing';
import { FieldList } from './FieldList';

function renderRows(rows: FieldRow[]) {
  return render(<FieldList rows={rows} />, { wrapper: Providers });
}

const value = (key: string) => document.querySelector(`dd[data-field="${CSS.escape(key)}"]`) as HTMLElement;

it('labels standard fields by their translation key and custom fields by their own name', () => {
  renderRows([
    { key: 'email', labelKey: 'field.email', kind: 'email', text: 'a@b.example', href: 'mailto:a@b.example' },
    { key: 'custom:Référence', label: 'Référence', kind: 'text', text: 'R-1' },
  ]);
  expect(screen.getByText(english('field.email')).tagName).toBe('DT');
  expect(screen.getByText('Référence').tagName).toBe('DT');
});

it('links only the row’s vetted href and shows other link-kind values as text', () => {
  renderRows([
    { key: 'website', labelKey: 'field.website', kind: 'url', text: 'acme.example', href: 'https://acme.example/' },
    { key: 'linkedin', labelKey: 'field.linkedin', kind: 'url', text: 'javascript:alert(1)', href: null },
    { key: 'phone', labelKey: 'field.phone', kind: 'phone', text: '+1 555 0100', href: 'tel:+15550100' },
  ]);
  expect(within(value('website')).getByRole('link')).toHaveAttribute('href', 'https://acme.example/');
  expect(within(value('website')).getByRole('link')).toHaveAttribute('target', '_blank');
  expect(within(value('linkedin')).queryByRole('link')).not.toBeInTheDocument();
  expect(value('linkedin')).toHaveTextContent('javascript:alert(1)');
  expect(within(value('phone')).getByRole('link')).toHaveAttribute('href', 'tel:+15550100');
});

it('renders tags as a list, addresses line by line, and booleans and enums by their value keys', () => {
  renderRows([
    { key: 'tags', labelKey: 'field.tags', kind: 'tags', text: 'vip, <b>x</b>', items: ['vip', '<b>x</b>'] },
    { key: 'address', labelKey: 'field.address', kind: 'address', text: 'Calle Mayor 1\n28013 Madrid', lines: ['Calle Mayor 1', '28013 Madrid'] },
    { key: 'hot', labelKey: 'field.hot', kind: 'boolean', text: 'value.yes', textKey: 'value.yes' },
    { key: 'customer_status', labelKey: 'field.customer_status', kind: 'enum', text: 'value.customer_status.past', textKey: 'value.customer_status.past' },
  ]);
  expect(within(value('tags')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['vip', '<b>x</b>']);
  expect(document.querySelector('b')).toBeNull();
  expect([...value('address').children].map((line) => line.textContent)).toEqual(['Calle Mayor 1', '28013 Madrid']);
  expect(value('hot')).toHaveTextContent(english('value.yes'));
  expect(value('customer_status')).toHaveTextContent(english('value.customer_status.past'));
});

it('shows a cut value with a toggle that reveals the whole text and back', async () => {
  const user = userEvent.setup();
  const full = 'x'.repeat(600);
  renderRows([{ key: 'description', labelKey: 'field.description', kind: 'longText', text: `${'x'.repeat(280)}…`, truncated: true, fullText: full }]);

  const toggle = screen.getByRole('button', { name: english('record.show_more') });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(value('description')).toHaveTextContent(full);
  await user.click(screen.getByRole('button', { name: english('record.show_less') }));
  expect(value('description')).not.toHaveTextContent(full);
});

it('renders nothing for a layout without values', () => {
  const { container } = renderRows([]);
  expect(container.querySelector('dl')).toBeNull();
});

it('keeps an email on one line, cut rather than broken mid-word, with the whole address on hover', () => {
  const email = 'procurement.department.emea-north@very-long-company-name.example';
  renderRows([{ key: 'email', labelKey: 'field.email', kind: 'email', text: email, href: `mailto:${email}` }]);
  const link = within(value('email')).getByRole('link');
  expect(link).toHaveAttribute('title', email);
  expect(link).toHaveTextContent(email);
  const line = link.firstElementChild as HTMLElement;
  expect(getComputedStyle(line).whiteSpace).toBe('nowrap');
  expect(getComputedStyle(line).textOverflow).toBe('ellipsis');
});
