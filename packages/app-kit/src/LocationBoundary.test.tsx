import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtures } from '@sell-bridge/sandbox';
import { I18nProvider, SellBridgeTheme } from '@sell-bridge/ui';
import { fakeChatContext } from '@sell-bridge/zaf/testing';
import { LocationBoundary } from './LocationBoundary';
import { english, renderApp, setupSandboxServer } from './testing';

const { sandbox } = setupSandboxServer();

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

it('shows a location that throws as the something-went-wrong state instead of a blank iframe, and renders it again on retry', async () => {
  let broken = true;
  function Flaky() {
    if (broken) throw new Error('render bug');
    return <p>{fixtures.adminUser.name}</p>;
  }
  renderApp({ sandbox, context: fakeChatContext(), locations: { chat_sidebar: Flaky } });

  expect(await screen.findByText(english('state.unknown.title'))).toBeInTheDocument();
  broken = false;
  await userEvent.click(screen.getByRole('button', { name: english('state.retry') }));
  expect(await screen.findByText(fixtures.adminUser.name)).toBeInTheDocument();
});

it('reloads the app when the location fails again after a retry (its code may need fetching anew)', async () => {
  function Broken(): never {
    throw new Error('chunk failed to load');
  }
  const reload = vi.fn();
  render(
    <I18nProvider hostLocale="en">
      <SellBridgeTheme colorScheme="light" locale="en">
        <LocationBoundary reload={reload}>
          <Broken />
        </LocationBoundary>
      </SellBridgeTheme>
    </I18nProvider>,
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: english('state.retry') }));
  expect(reload).not.toHaveBeenCalled();
  await user.click(await screen.findByRole('button', { name: english('state.retry') }));
  expect(reload).toHaveBeenCalledTimes(1);
});
