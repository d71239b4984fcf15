/* Renders ui widgets in the theme and English, and finds texts by their translation key. */
import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { I18nProvider } from '../i18n/I18nProvider';
import { en, type MessageKey } from '../i18n/messages/en';
import { translate, type Values } from '../i18n/translate';
import { SellBridgeTheme } from '../theme/SellBridgeTheme';

/** The English text of a key, as the widget shows it: tests follow the catalog instead of repeating copy. */
export function text(key: MessageKey, values?: Values): string {
  return translate('en', en, en, key, values);
}

/** Renders `ui` inside the theme and an English I18nProvider. */
export function renderUi(ui: ReactElement): RenderResult {
  return render(
    <I18nProvider hostLocale="en-US">
      <SellBridgeTheme colorScheme="light" locale="en-US">
        {ui}
      </SellBridgeTheme>
    </I18nProvider>,
  );
}
