import type { Messages } from '../translate';
import { admin } from './fr/admin';
import { base } from './fr/base';
import { chat } from './fr/chat';
import { lead } from './fr/lead';
import { records } from './fr/records';
import { tickets } from './fr/tickets';

export const fr: Messages = { ...base, ...records, ...lead, ...admin, ...tickets, ...chat };
