import type { Messages } from '../translate';
import { admin } from './fr/admin';
import { base } from './fr/base';
import { lead } from './fr/lead';
import { records } from './fr/records';

export const fr: Messages = { ...base, ...records, ...lead, ...admin };
