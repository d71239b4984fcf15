import { translate, type MessageKey, type Values } from '@sell-bridge/ui';
// ui does not export its catalog; the English one is the reference the others are checked against.
import { en } from '../../../ui/src/i18n/messages/en';

/**
 * The English text of a message key with its values, as the app shows it to an English-speaking agent. Tests find
 * elements by it, so they follow the catalog instead of repeating copy.
 */
export function english(key: MessageKey, values?: Values): string {
  return translate('en', en, en, key, values);
}
