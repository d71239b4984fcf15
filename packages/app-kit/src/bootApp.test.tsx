import { act, screen } from '@testing-library/react';
import { bootApp } from './bootApp';
import { english } from './testing';

function App() {
  return <p>the app</p>;
}

function container(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  return element;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

it('paints the booting skeleton before the app’s code has loaded, then renders the app in its place', async () => {
  let deliver!: (module: { App: typeof App }) => void;
  const booted = bootApp(container(), () => new Promise((resolve) => (deliver = resolve)));
  expect(await screen.findByRole('status', { name: english('app.loading') })).toBeInTheDocument();
  expect(screen.queryByText('the app')).not.toBeInTheDocument();

  await act(async () => {
    deliver({ App });
    await booted;
  });
  expect(screen.getByText('the app')).toBeInTheDocument();
  expect(screen.queryByRole('status', { name: english('app.loading') })).not.toBeInTheDocument();
});

it('keeps the skeleton while the code cannot be fetched and loads it when the browser is back online', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const load = vi.fn<() => Promise<{ App: typeof App }>>().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
  load.mockResolvedValue({ App });
  const booted = bootApp(container(), load, { retryDelaysMs: [60_000] });
  await vi.waitFor(() => expect(console.error).toHaveBeenCalled());
  expect(await screen.findByRole('status', { name: english('app.loading') })).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);

  await act(async () => {
    window.dispatchEvent(new Event('online'));
    await booted;
  });
  expect(load).toHaveBeenCalledTimes(2);
  expect(screen.getByText('the app')).toBeInTheDocument();
});

it('tries again after a growing delay when no online event comes', async () => {
  vi.useFakeTimers();
  try {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn<() => Promise<{ App: typeof App }>>().mockRejectedValueOnce(new Error('503')).mockRejectedValueOnce(new Error('503'));
    load.mockResolvedValue({ App });
    const booted = bootApp(container(), load, { retryDelaysMs: [1000, 5000] });
    await vi.advanceTimersByTimeAsync(999);
    expect(load).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(4999);
    expect(load).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    await act(() => booted);
    expect(load).toHaveBeenCalledTimes(3);
  } finally {
    vi.useRealTimers();
  }
});
