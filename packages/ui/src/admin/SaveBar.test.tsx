import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderUi, text } from '../testing';
import { SaveBar, type SaveBarProps } from './SaveBar';
import type { SaveStatus } from './types';

// Garden and dnd-kit render slowly in jsdom on a busy machine; the tests assert behaviour, not speed.
vi.setConfig({ testTimeout: 20_000 });

function renderBar(status: SaveStatus, dirty = true, overrides: Partial<SaveBarProps> = {}) {
  const handlers = { onSave: vi.fn(), onDiscard: vi.fn(), onReload: vi.fn(), onOverwrite: vi.fn() };
  renderUi(<SaveBar status={status} dirty={dirty} saveKey="admin.save" savedKey="admin.saved" discardKey="admin.discard" {...handlers} {...overrides} />);
  return handlers;
}

const save = () => screen.getByRole('button', { name: text('admin.save') });

it('saves and discards only when there are changes', async () => {
  const handlers = renderBar({ kind: 'idle' });
  await userEvent.click(save());
  await userEvent.click(screen.getByRole('button', { name: text('admin.discard') }));
  expect(handlers.onSave).toHaveBeenCalledOnce();
  expect(handlers.onDiscard).toHaveBeenCalledOnce();
  expect(screen.getByText(text('admin.unsaved'))).toBeInTheDocument();
});

it('disables saving without changes', () => {
  renderBar({ kind: 'idle' }, false);
  expect(save()).toBeDisabled();
});

it('says it is saving and blocks a second click', () => {
  renderBar({ kind: 'saving' });
  expect(screen.getByRole('button', { name: text('admin.saving') })).toBeDisabled();
});

it('confirms a save once nothing is left unsaved', () => {
  renderBar({ kind: 'saved' }, false);
  expect(screen.getByRole('status')).toHaveTextContent(text('admin.saved'));
});

it('explains a failure and that the edits are still there', () => {
  renderBar({ kind: 'failed', titleKey: 'state.offline.title', bodyKey: 'state.offline.body', values: { service: 'Support' } });
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(text('state.offline.title', { service: 'Support' }));
  expect(alert).toHaveTextContent(text('admin.save_failed'));
  expect(save()).toBeEnabled();
});

it('shows a refusal for a 403', () => {
  renderBar({ kind: 'refused' });
  expect(screen.getByRole('alert')).toHaveTextContent(text('admin.save_refused.title'));
});

it('offers reload or overwrite after someone else’s change, and no plain save', async () => {
  const handlers = renderBar({ kind: 'conflict' });
  expect(screen.getByRole('alert')).toHaveTextContent(text('admin.conflict.title'));
  expect(save()).toBeDisabled();
  await userEvent.click(screen.getByRole('button', { name: text('admin.conflict.reload') }));
  await userEvent.click(screen.getByRole('button', { name: text('admin.conflict.overwrite') }));
  expect(handlers.onReload).toHaveBeenCalledOnce();
  expect(handlers.onOverwrite).toHaveBeenCalledOnce();
});
