import type { Messages } from '../../translate';

/** record cards, fields and values. */
export const records: Messages = {};
