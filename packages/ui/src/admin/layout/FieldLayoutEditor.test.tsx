import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_FIELD_LAYOUT, fieldCatalog, type FieldLayout } from '@sell-bridge/core';
import { renderUi, text } from '../../testing';
import { FieldLayoutEditor } from './FieldLayoutEditor';

// Garden and dnd-kit render slowly in jsdom on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 20_000 });

const catalogs = {
  lead: fieldCatalog('lead', []),
  person: fieldCatalog('person', []),
  company: fieldCatalog('company', []),
  deal: fieldCatalog('deal', []),
};

function Harness({ published, customFailed = false, timeZone = 'UTC' }: { published: FieldLayout; customFailed?: boolean; timeZone?: string }) {
  const [layout, setLayout] = useState(published);
  return (
    <FieldLayoutEditor
      layout={layout}
      published={published}
      catalogs={catalogs}
      customFailed={customFailed}
      timeZone={timeZone}
      onChange={(widget, fields) => setLayout((current) => ({ ...current, [widget]: fields }))}
    />
  );
}

const stamped: FieldLayout = { ...DEFAULT_FIELD_LAYOUT, updated_at: '2025-03-04T10:05:00Z', updated_by: 'Amelia Hart' };

it('has one tab per widget and edits the chosen one', async () => {
  const user = userEvent.setup();
  renderUi(<Harness published={stamped} />);
  const tabs = within(screen.getByRole('tablist', { name: text('admin.layout.widgets') })).getAllByRole('tab');
  expect(tabs.map((tab) => tab.textContent)).toEqual(['record.kind.lead', 'record.kind.person', 'record.kind.company', 'record.kind.deal'].map((key) => text(key as never)));

  await user.click(tabs[3]!);
  expect(screen.getByRole('tabpanel')).toHaveAttribute('id', expect.stringContaining('deal'));
  expect(within(screen.getByTestId('shown-fields')).getAllByRole('listitem')).toHaveLength(DEFAULT_FIELD_LAYOUT.deal.length);
});

it('marks a widget with unpublished changes, for screen readers too', async () => {
  const user = userEvent.setup();
  renderUi(<Harness published={stamped} />);
  await user.click(screen.getByRole('button', { name: text('admin.layout.remove', { field: text('field.email') }) }));
  expect(screen.getByRole('tab', { name: text('admin.layout.unpublished_tab', { widget: text('record.kind.lead') }) })).toHaveAttribute('data-changed', 'true');
  expect(screen.getByRole('tab', { name: text('record.kind.person') })).toHaveAttribute('data-changed', 'false');
});

it('shows when and by whom the layout was last published', () => {
  renderUi(<Harness published={stamped} />);
  const stamp = screen.getByTestId('layout-stamp');
  expect(stamp).toHaveTextContent(/Amelia Hart/);
  expect(stamp).toHaveTextContent(/2025/);
});

it.each([
  ['UTC', /Mar 4, 2025/],
  ['Asia/Tokyo', /Mar 5, 2025/],
])('shows the publication time in the zone the cards use (%s), not the browser’s', (timeZone, day) => {
  renderUi(<Harness published={{ ...stamped, updated_at: '2025-03-04T23:30:00Z' }} timeZone={timeZone} />);
  expect(screen.getByTestId('layout-stamp')).toHaveTextContent(day);
});

it('says the default layout was never published', () => {
  renderUi(<Harness published={DEFAULT_FIELD_LAYOUT} />);
  expect(screen.getByTestId('layout-stamp')).toHaveTextContent(text('admin.layout.never_published'));
});

it('warns when custom fields could not be loaded', () => {
  renderUi(<Harness published={stamped} customFailed />);
  expect(screen.getByRole('alert')).toHaveTextContent(text('admin.layout.custom_failed'));
});
