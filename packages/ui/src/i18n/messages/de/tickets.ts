import type { Messages } from '../../translate';

/** Support tickets on Sell cards. */
export const tickets: Messages = {};
