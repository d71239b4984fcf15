import type { Messages } from '../translate';
import { admin } from './es/admin';
import { base } from './es/base';
import { lead } from './es/lead';
import { records } from './es/records';

export const es: Messages = { ...base, ...records, ...lead, ...admin };
