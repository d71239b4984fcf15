// Test helpers of @sell-bridge/ui (`./testing` in package.json; never in the package index): renders in the theme
// and English, texts by key, and the catalogs for tests that check a language or the glossary.
export { renderUi, text } from './renderUi';
export { chatItem, english, Providers } from './chat';
export { GLOSSARY } from './glossary';
export { en } from '../i18n/messages/en';
export { fr } from '../i18n/messages/fr';
export { es } from '../i18n/messages/es';
export { de } from '../i18n/messages/de';
export { ja } from '../i18n/messages/ja';
