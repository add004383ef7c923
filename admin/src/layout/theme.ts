import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** System fonts only: the console loads nothing from outside its own origin. */
export const trajectTheme: RaThemeOptions = {
  ...defaultTheme,
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
};
