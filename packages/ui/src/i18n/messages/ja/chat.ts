import type { Messages } from '../../translate';

/** Chat-in-Sell: the top bar and chat history. */
export const chat: Messages = {};
