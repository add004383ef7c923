import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * System fonts only: the console loads nothing from outside its own origin. Colours chosen for WCAG 2.1 AA:
 * every text and chip at 4.5:1 or more against its background (MUI's default blue, orange and light grey are not),
 * checked by the axe suite in tests/browser/accessibility.browser.test.ts.
 */
export const trajectTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#0b4f8a', contrastText: '#ffffff' },
    secondary: { main: '#002b49', contrastText: '#ffffff' },
    info: { main: '#0d5c8c', contrastText: '#ffffff' },
    success: { main: '#1d6b2f', contrastText: '#ffffff' },
    warning: { main: '#8a4b00', contrastText: '#ffffff' },
    error: { main: '#b3261e', contrastText: '#ffffff' },
    text: { primary: 'rgba(0, 0, 0, 0.87)', secondary: '#595959', disabled: '#6b6b6b' },
  },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
};
