import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fieldCatalog, type SellCustomFieldDef } from '@sell-bridge/core';
import { renderUi, text } from '../../testing';
import { WidgetLayoutEditor } from './WidgetLayoutEditor';

// Garden and dnd-kit render slowly in jsdom on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 20_000 });

const custom: SellCustomFieldDef[] = [{ id: 1, name: 'Favourite colour', type: 'string' }];
const catalog = fieldCatalog('lead', custom);
const changes: string[][] = [];

function Harness({ initial }: { initial: string[] }) {
  const [fields, setFields] = useState(initial);
  return (
    <WidgetLayoutEditor
      widget="lead"
      catalog={catalog}
      fields={fields}
      timeZone="UTC"
      onChange={(next) => {
        changes.push(next);
        setFields(next);
      }}
    />
  );
}

const shownList = () => within(screen.getByTestId('shown-fields')).getByRole('list');
const shownKeys = () => within(shownList()).queryAllByRole('listitem').map((item) => item.getAttribute('data-layout-field'));
const preview = () => screen.getByTestId('layout-preview');
const announcement = () => screen.getByTestId('layout-announcement');
const label = (key: string) => text(`field.${key}` as Parameters<typeof text>[0]);

beforeEach(() => {
  changes.length = 0;
});

it('adds an available field with its "+" button, announces it and shows it in the sample preview', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['email']} />);
  expect(within(preview()).queryByText(label('title'))).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: text('admin.layout.add', { field: label('title') }) }));

  expect(shownKeys()).toEqual(['email', 'title']);
  expect(announcement()).toHaveTextContent(text('admin.layout.announce.added', { field: label('title'), position: 2, total: 2 }));
  expect(within(preview()).getByText(label('title'))).toBeInTheDocument();
  expect(within(preview()).getByText(text('admin.layout.sample'))).toBeInTheDocument();
  // Focus stays in the available list, on the next field's "+" button.
  expect(document.activeElement).toHaveAttribute('data-add');
});

it('offers custom fields, marked as such, and finds them by search', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['email']} />);
  await user.type(screen.getByRole('searchbox', { name: text('admin.layout.search') }), 'colour');
  const available = within(screen.getByTestId('available-fields')).getAllByRole('listitem');
  expect(available).toHaveLength(1);
  expect(available[0]).toHaveTextContent('Favourite colour');
  expect(available[0]).toHaveTextContent(text('admin.layout.custom'));

  await user.click(within(available[0]!).getByRole('button', { name: text('admin.layout.add', { field: 'Favourite colour' }) }));
  expect(shownKeys()).toEqual(['email', 'custom:Favourite colour']);
  expect(within(preview()).getByText('Favourite colour')).toBeInTheDocument();
});

it('reorders with the move buttons from the keyboard and keeps focus on the moved field', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['email', 'phone', 'owner']} />);
  const moveDown = screen.getByRole('button', { name: text('admin.layout.move_down', { field: label('email') }) });
  moveDown.focus();
  await user.keyboard('{Enter}');

  expect(shownKeys()).toEqual(['phone', 'email', 'owner']);
  expect(announcement()).toHaveTextContent(text('admin.layout.announce.moved', { field: label('email'), position: 2, total: 3 }));
  await waitFor(() => expect(document.activeElement).toHaveAccessibleName(text('admin.layout.move_down', { field: label('email') })));

  await user.keyboard('{Enter}');
  expect(shownKeys()).toEqual(['phone', 'owner', 'email']);
  // At the bottom "move down" is disabled, so focus moves to "move up" of the same field.
  await waitFor(() => expect(document.activeElement).toHaveAccessibleName(text('admin.layout.move_up', { field: label('email') })));
  const rows = within(preview()).getAllByRole('term');
  // The preview is the real card: the owner sits in its header, the other fields are rows in the new order.
  expect(rows.map((row) => row.textContent)).toEqual([label('phone'), label('email')]);
  expect(within(preview()).getByTestId('sell-record')).toHaveTextContent(text('record.owner', { name: 'Sam Sample' }));
});

it('removes a field with its button, announces it and offers it again', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['email', 'phone']} />);
  await user.click(screen.getByRole('button', { name: text('admin.layout.remove', { field: label('email') }) }));

  expect(shownKeys()).toEqual(['phone']);
  expect(announcement()).toHaveTextContent(text('admin.layout.announce.removed', { field: label('email') }));
  expect(screen.getByRole('button', { name: text('admin.layout.add', { field: label('email') }) })).toBeInTheDocument();
  expect(document.activeElement).toHaveAccessibleName(text('admin.layout.remove', { field: label('phone') }));
});

it('flags a field Sell no longer has, and lets the admin remove it', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['email', 'custom:Deleted field']} />);
  const row = within(shownList()).getAllByRole('listitem')[1]!;
  expect(row).toHaveTextContent(text('admin.layout.missing'));
  await user.click(within(row).getByRole('button', { name: text('admin.layout.remove', { field: 'custom:Deleted field' }) }));
  expect(shownKeys()).toEqual(['email']);
});

it('restores the default fields in one click', async () => {
  const user = userEvent.setup();
  renderUi(<Harness initial={['tags']} />);
  await user.click(screen.getByRole('button', { name: text('admin.layout.reset_default') }));
  expect(shownKeys()).toEqual(['email', 'phone', 'mobile', 'status', 'source', 'owner', 'title', 'address', 'tags']);
  expect(screen.getByRole('button', { name: text('admin.layout.reset_default') })).toBeDisabled();
});

it('gives every drag handle a name and the keyboard instructions', () => {
  renderUi(<Harness initial={['email']} />);
  const handle = screen.getAllByRole('button', { name: text('admin.layout.drag', { field: label('email') }) })[0]!;
  expect(handle).toHaveAttribute('aria-roledescription', text('admin.layout.role_sortable'));
  expect(handle).toHaveAccessibleDescription(text('admin.layout.instructions'));
});

it('previews with the sidebars’ own card, at the sidebar’s width', () => {
  renderUi(<Harness initial={['email', 'owner']} />);
  const frame = screen.getByTestId('layout-preview-card');
  expect(frame).toHaveStyle({ maxWidth: '340px' });
  const card = within(frame).getByTestId('sell-record');
  expect(within(card).getAllByRole('term').map((row) => row.textContent)).toEqual([label('email')]);
  // The sample is not in Sell: no link pretends to open it.
  expect(within(card).queryByRole('link', { name: text('record.open_in_sell') })).not.toBeInTheDocument();
});
