import { render, screen, waitFor } from '@testing-library/react';
import { I18nProvider, useI18n } from './I18nProvider';

function Title() {
  const { t } = useI18n();
  return <h1>{t('lead.field.owner')}</h1>;
}

describe('I18nProvider', () => {
  it.each([
    ['fr-CA', 'fr'],
    ['ja', 'ja'],
    ['pt-BR', 'en'],
  ])('gives the document the language its text is in (host %s → %s)', async (hostLocale, lang) => {
    const { unmount } = render(
      <I18nProvider hostLocale={hostLocale}>
        <Title />
      </I18nProvider>,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe(lang));
    expect(screen.getByRole('heading').textContent).not.toBe('');
    unmount();
  });
});
