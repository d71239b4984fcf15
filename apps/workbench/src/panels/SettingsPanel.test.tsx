import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { workbenchApi, type WorkbenchConfig } from '../api';
import { SettingsPanel } from './SettingsPanel';

const config: WorkbenchConfig = {
  live: false,
  apps: [
    {
      id: 'sell-in-support',
      name: 'Sell for Support',
      url: 'http://localhost:4572/iframe.html',
      installationId: 1002,
      locations: {},
      parameters: [
        { name: 'lead_status', type: 'text' },
        { name: 'lead_owners', type: 'text' },
        { name: 'sell_api_token', type: 'text', secure: true },
      ],
    },
  ],
  installations: [{ id: 1002, product: 'support', settings: { lead_status: 'New', lead_owners: 'user:1' }, secureSet: { sell_api_token: true }, updated_at: '2026-01-05T10:00:00Z' }],
};

it('saves only the settings the form changed, so a save made meanwhile in the app is not overwritten', async () => {
  const save = vi.spyOn(workbenchApi, 'saveInstallation').mockResolvedValue(config.installations[0]!);
  const user = userEvent.setup();
  render(
    <ThemeProvider>
      <SettingsPanel config={config} onClose={() => undefined} onSaved={() => undefined} />
    </ThemeProvider>,
  );
  const status = screen.getByRole('textbox', { name: 'lead_status' });
  await user.clear(status);
  await user.type(status, 'Working');
  await user.click(screen.getByRole('button', { name: 'Save Sell for Support' }));

  expect(save).toHaveBeenCalledWith(1002, { lead_status: 'Working' }, {});
  expect(await screen.findByText(/Saved/)).toBeInTheDocument();

  // A second save from the same open panel sends nothing it did not change again.
  await user.type(screen.getByLabelText('sell_api_token'), 'new-token');
  await user.click(screen.getByRole('button', { name: 'Save Sell for Support' }));
  expect(save).toHaveBeenLastCalledWith(1002, {}, { sell_api_token: 'new-token' });
});
