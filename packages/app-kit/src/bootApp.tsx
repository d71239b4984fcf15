import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { keepComboboxesFromScrolling } from '@sell-bridge/ui';
import { Booting } from './Booting';

export interface BootOptions {
  /** Waits before trying the app's code again after a failed load (a network blip); an `online` event tries at once. */
  retryDelaysMs?: readonly number[];
}

/**
 * Paints the booting skeleton from the small entry chunk at once, then loads the app itself (SDK, query cache, API
 * clients, the location) and renders it in the same root. When the app's code cannot be fetched (offline), the
 * skeleton stays and loading is tried again, when the browser is back online or after a growing delay.
 */
export function bootApp(
  container: HTMLElement,
  loadApp: () => Promise<{ App: ComponentType }>,
  { retryDelaysMs = [1000, 3000, 10_000, 30_000] }: BootOptions = {},
): Promise<void> {
  // Garden comboboxes must not scroll the agent's page when their options arrive (see ui's comboboxScroll).
  keepComboboxesFromScrolling(container.ownerDocument);
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <Booting />
    </StrictMode>,
  );

  return new Promise((resolve) => {
    let failures = 0;
    const attempt = (): void => {
      loadApp().then(
        ({ App }) => {
          root.render(
            <StrictMode>
              <App />
            </StrictMode>,
          );
          resolve();
        },
        (error: unknown) => {
          console.error('Sell Bridge could not load its code; trying again.', error);
          const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)] ?? 1000;
          failures += 1;
          const retry = (): void => {
            clearTimeout(timer);
            window.removeEventListener('online', retry);
            attempt();
          };
          const timer = setTimeout(retry, delay);
          window.addEventListener('online', retry);
        },
      );
    };
    attempt();
  });
}
