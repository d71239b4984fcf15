import { useEffect, useReducer, useState } from 'react';
import { browserPollPeers, createChatConnection, type ChatConnection } from '@sell-bridge/sell-api';
import { useClientEvent, useMetadata, useZafTransport } from '@sell-bridge/zaf';
import { initialTopBarState, topBarReducer, type TopBarAction, type TopBarState } from '../chat/topBarState';

export interface ChatConnectionHandle {
  connection: ChatConnection;
  state: TopBarState;
  dispatch: (action: TopBarAction) => void;
}

/**
 * The top bar's one Chat connection (live first, recent as the explained fallback), over the host's request proxy.
 * Connects at once when `autoConnect` (the `connect_on_load` setting), pauses polling while the top bar is hidden,
 * shares recent mode's poll with the installation's other top bars in this browser, and disconnects when the top bar
 * goes away.
 */
export function useChatConnection({ autoConnect, openInChatUrl }: { autoConnect: boolean; openInChatUrl: string | null }): ChatConnectionHandle {
  const { installationId } = useMetadata();
  const transport = useZafTransport();
  const [connection] = useState(() =>
    createChatConnection({
      transport,
      ...(openInChatUrl ? { openInChatUrl: () => openInChatUrl } : {}),
      // Recent mode: one poll per browser for this installation, however many Sell tabs show the top bar.
      recent: { peers: browserPollPeers(), pollName: `sell-bridge:chat-poll:${String(installationId)}` },
    }),
  );
  const [state, dispatch] = useReducer(topBarReducer, undefined, () => initialTopBarState(Date.now()));

  useEffect(() => connection.subscribe((event) => dispatch({ type: 'event', event })), [connection]);
  useEffect(() => {
    if (autoConnect) void connection.connect();
    return () => void connection.disconnect();
  }, [connection, autoConnect]);

  // Sell keeps the top bar loaded while its panel is closed; polling waits until it is shown again.
  useClientEvent('pane.activated', () => connection.setVisible(true));
  useClientEvent('pane.deactivated', () => connection.setVisible(false));
  // Offline is noticed from the browser at once, not when a reply fails.
  useEffect(() => {
    const offline = () => connection.setNetwork(false);
    const online = () => connection.setNetwork(true);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, [connection]);
  useEffect(() => {
    const follow = () => connection.setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', follow);
    return () => document.removeEventListener('visibilitychange', follow);
  }, [connection]);

  return { connection, state, dispatch };
}
