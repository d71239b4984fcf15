import type { Messages } from '../translate';
import { admin } from './es/admin';
import { adminView } from './es/adminView';
import { base } from './es/base';
import { chat } from './es/chat';
import { lead } from './es/lead';
import { records } from './es/records';
import { tickets } from './es/tickets';

export const es: Messages = { ...base, ...records, ...lead, ...admin, ...adminView, ...tickets, ...chat };
