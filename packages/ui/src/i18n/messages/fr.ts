import type { Messages } from '../translate';
import { admin } from './fr/admin';
import { adminView } from './fr/adminView';
import { base } from './fr/base';
import { chat } from './fr/chat';
import { lead } from './fr/lead';
import { records } from './fr/records';
import { tickets } from './fr/tickets';

export const fr: Messages = { ...base, ...records, ...lead, ...admin, ...adminView, ...tickets, ...chat };
