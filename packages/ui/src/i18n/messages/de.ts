import type { Messages } from '../translate';
import { admin } from './de/admin';
import { base } from './de/base';
import { lead } from './de/lead';
import { records } from './de/records';

export const de: Messages = { ...base, ...records, ...lead, ...admin };
