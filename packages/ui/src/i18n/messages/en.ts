import { admin } from './en/admin';
import { adminView } from './en/adminView';
import { base } from './en/base';
import { chat } from './en/chat';
import { lead } from './en/lead';
import { records } from './en/records';
import { tickets } from './en/tickets';

/** English UI strings, one file per feature; the reference every other language is checked against (messages.test.ts). */
export const en = { ...base, ...records, ...lead, ...admin, ...adminView, ...tickets, ...chat } as const;

export type MessageKey = keyof typeof en;
