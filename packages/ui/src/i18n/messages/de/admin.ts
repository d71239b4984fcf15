import type { Messages } from '../../translate';

/** settings problems and the admin view. */
export const admin: Messages = {};
