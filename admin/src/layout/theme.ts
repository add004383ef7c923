import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** A screen used with a finger. */
const TOUCH = '@media (pointer: coarse)';

/** A phone-sized screen (below MUI's `sm`, as `usePhone`). */
const PHONE = '@media (max-width: 599.95px)';

/**
 * On a phone the page is the screen's width: react-admin's layout is at least as wide as its content
 * (`min-width: fit-content`) and its show, edit and create cards as their widest line (flex items), so one wide
 * thing (ten tabs, a table) widened the whole page and a phone zoomed it out. There, the tabs and tables scroll
 * inside their own box instead (tests/browser/phone.browser.test.ts).
 */
const fitsThePhone = { [PHONE]: { minWidth: 0 } };

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
  components: {
    ...defaultTheme.components,
    // On a touch screen every control is at least 44 px each way (WCAG 2.5.5), checked by tests/browser/phone.browser.test.ts.
    ...Object.fromEntries(
      [
        'MuiButton',
        'MuiIconButton',
        'MuiCheckbox',
        'MuiRadio',
        'MuiTab',
        'MuiListItemButton',
        'MuiMenuItem',
        'MuiToggleButton',
        'MuiTableSortLabel',
      ].map((name) => [name, { styleOverrides: { root: { [TOUCH]: { minHeight: 44, minWidth: 44 } } } }]),
    ),
    // Links too: a finger hits 44 px of height, whatever the text's size (in MuiCssBaseline below).
    // Chips one presses (quick filters, saved filters); chips that only show a status keep their size.
    MuiChip: { styleOverrides: { clickable: { [TOUCH]: { minHeight: 44 } } } },
    // A visible focus everywhere the keyboard goes (WCAG 2.4.7): a ring at 3:1 or more against white and,
    // in the app bar, against its blue (tests/browser/keyboard.browser.test.ts checks it on each element reached).
    // MUI's buttons and inputs set `outline: 0` themselves, hence the !important.
    MuiCssBaseline: {
      styleOverrides: {
        [TOUCH]: { 'a[href]': { display: 'inline-flex', alignItems: 'center', minHeight: 44, minWidth: 44 } },
        '*:focus-visible': { outline: '3px solid #b35900 !important', outlineOffset: '2px' },
        '.MuiAppBar-root *:focus-visible': { outlineColor: '#ffffff !important' },
        '.MuiInputBase-input:focus-visible': { outlineOffset: '-1px' },
        // The page title in the app bar ends in "…" when it is longer than the bar (react-admin's inner box is an
        // inline-block, which the title's ellipsis does not reach: the name was cut mid-letter, past the screen's edge).
        '#react-admin-title *': { display: 'inline' },
      },
    },
    // react-admin's empty lists title their page with an <h4> right after the page's <h1>: an <h2> (heading order).
    MuiTypography: { defaultProps: { variantMapping: { h4: 'h2' } } },
    // react-admin's skip link is white on near-white: dark text, like the rest.
    RaSkipNavigationButton: { styleOverrides: { root: { color: '#0b4f8a' } } },
    // Layouts that flow rather than sit over the page (WCAG 1.4.4 and 1.4.12, tests/browser/text-spacing.browser.test.ts):
    // a field's label always stands above the field, never inside it over the value or a chip, whatever the spacing.
    MuiInputLabel: { defaultProps: { shrink: true } },
    MuiOutlinedInput: { defaultProps: { notched: true } },
    // The list's "create" button stays in the toolbar on small screens instead of floating over the rows.
    RaCreateButton: {
      styleOverrides: {
        root: { '&.RaCreateButton-floating': { position: 'static', flexShrink: 0, boxShadow: 'none' } },
      },
    },
    RaLayout: { styleOverrides: { root: { ...fitsThePhone, '& .RaLayout-content': fitsThePhone } } },
    ...Object.fromEntries(
      ['RaShow', 'RaEdit', 'RaCreate'].map((name) => [
        name,
        { styleOverrides: { root: { [`& .${name}-card`]: fitsThePhone } } },
      ]),
    ),
    RaDatagrid: { styleOverrides: { root: { '& .RaDatagrid-tableWrapper': { [PHONE]: { overflowX: 'auto' } } } } },
    // The bulk actions' bar, folded while nothing is selected, keeps its buttons: hidden, so they are neither drawn
    // over the table's header nor reached by Tab.
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
  },
};
