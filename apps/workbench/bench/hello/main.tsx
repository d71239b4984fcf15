// The bare reference page of `pnpm bench`: Garden's theme and one button, built with the apps' toolchain.
import { createRoot } from 'react-dom/client';
import '@zendeskgarden/css-bedrock/dist/index.css';
import { DEFAULT_THEME, ThemeProvider } from '@zendeskgarden/react-theming';
import { Button } from '@zendeskgarden/react-buttons';

createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={DEFAULT_THEME}>
    <Button data-testid="hello">Hello</Button>
  </ThemeProvider>,
);
