import type { Messages } from '../translate';
import { admin } from './ja/admin';
import { base } from './ja/base';
import { lead } from './ja/lead';
import { records } from './ja/records';

export const ja: Messages = { ...base, ...records, ...lead, ...admin };
