import type { Messages } from '../translate';
import { admin } from './de/admin';
import { adminView } from './de/adminView';
import { base } from './de/base';
import { chat } from './de/chat';
import { lead } from './de/lead';
import { records } from './de/records';
import { tickets } from './de/tickets';

export const de: Messages = { ...base, ...records, ...lead, ...admin, ...adminView, ...tickets, ...chat };
