import { act, render, screen } from '@testing-library/react';
import { translate } from '../i18n/translate';
import { en } from '../i18n/messages/en';
import { SellBridgeTheme } from '../theme/SellBridgeTheme';
import { LoadingSkeleton, SLOW_AFTER_MS } from './LoadingSkeleton';

afterEach(() => vi.useRealTimers());

it('says which service is still being waited for once the wait gets long, and nothing before', () => {
  vi.useFakeTimers();
  render(
    <SellBridgeTheme colorScheme="light" locale="en">
      <LoadingSkeleton waitingFor="Sell" />
    </SellBridgeTheme>,
  );
  act(() => {
    vi.advanceTimersByTime(SLOW_AFTER_MS - 1);
  });
  expect(screen.queryByTestId('still-waiting')).not.toBeInTheDocument();
  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(screen.getByTestId('still-waiting')).toHaveTextContent(translate('en', en, en, 'state.still_waiting', { service: 'Sell' }));
});
