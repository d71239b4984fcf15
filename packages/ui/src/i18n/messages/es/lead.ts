import type { Messages } from '../../translate';

/** the lead form, owners and validation. */
export const lead: Messages = {};
