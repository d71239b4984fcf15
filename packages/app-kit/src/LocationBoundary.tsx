import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StateMessage } from '@sell-bridge/ui';

interface State {
  error: unknown;
  retried: boolean;
}

/**
 * Keeps a failure inside a location (a bug, or its code failing to load) from blanking the iframe: the agent gets the
 * "something went wrong" state. Try again renders the location anew; when that fails too, it reloads the app, which
 * fetches the code again and re-registers with the host.
 */
export class LocationBoundary extends Component<{ children: ReactNode; reload?: () => void }, State> {
  override state: State = { error: null, retried: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Sell Bridge: a location failed to render', error, info.componentStack);
  }

  private readonly retry = (): void => {
    if (this.state.retried) (this.props.reload ?? (() => window.location.reload()))();
    else this.setState({ error: null, retried: true });
  };

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <StateMessage tone="error" titleKey="state.unknown.title" bodyKey="state.unknown.body" onRetry={this.retry} />;
  }
}
