import { useMemo, type ReactNode } from 'react';
import { DEFAULT_THEME, ThemeProvider, type IGardenTheme } from '@zendeskgarden/react-theming';

export type ColorScheme = 'light' | 'dark';

/** RTL scripts among the host locales we might be handed (our own UI languages are all LTR). */
const RTL = /^(ar|he|fa|ur)(-|$)/i;

/** Garden's theme following the host's colour scheme and text direction. */
export function SellBridgeTheme({ colorScheme, locale, children }: { colorScheme: ColorScheme; locale: string; children: ReactNode }) {
  const theme = useMemo<IGardenTheme>(
    () => ({
      ...DEFAULT_THEME,
      rtl: RTL.test(locale),
      colors: { ...DEFAULT_THEME.colors, base: colorScheme },
    }),
    [colorScheme, locale],
  );
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}
