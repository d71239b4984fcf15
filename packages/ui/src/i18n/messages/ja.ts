import type { Messages } from '../translate';
import { admin } from './ja/admin';
import { adminView } from './ja/adminView';
import { base } from './ja/base';
import { chat } from './ja/chat';
import { lead } from './ja/lead';
import { records } from './ja/records';
import { tickets } from './ja/tickets';

export const ja: Messages = { ...base, ...records, ...lead, ...admin, ...adminView, ...tickets, ...chat };
