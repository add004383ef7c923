import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/**
 * Two gaps of react-admin 5's own markup that axe reports as critical (WCAG 4.1.2), mended where they appear:
 * - a Datagrid row's selection checkbox puts its name ("Select this row") on the wrapping span, where ARIA
 *   forbids it, and leaves the checkbox itself unnamed: the name moves to the input;
 * - a selected FilterListItem's cancel button has no name: it gets "Remove this filter: <value>";
 * - the loading bar (MUI LinearProgress) has no name: it gets "Loading";
 * - a Datagrid's expand button is focusable inside aria-hidden (WCAG 4.1.2, axe aria-hidden-focus): it becomes a
 *   real button in the tab order (Enter or Space expands the row).
 * Remove this component when react-admin names them itself (tests/browser/accessibility.browser.test.ts tells).
 */
export function AccessibleControls() {
  const translate = useTranslate();
  const removeFilter = translate('ra.action.remove_filter');
  const loading = translate('ra.page.loading');
  const expand = translate('ra.action.expand');
  useEffect(() => {
    const mend = () => {
      document.querySelectorAll<HTMLElement>('.select-item[aria-label]').forEach((wrapper) => {
        const input = wrapper.querySelector('input');
        if (input) input.setAttribute('aria-label', wrapper.getAttribute('aria-label') ?? '');
        wrapper.removeAttribute('aria-label');
      });
      document
        .querySelectorAll<HTMLButtonElement>(
          'li:has(.RaFilterListItem-listItemButton) .MuiListItemSecondaryAction-root button:not([aria-label])',
        )
        .forEach((button) => {
          const value = button.closest('li')?.querySelector('.RaFilterListItem-listItemText')?.textContent?.trim();
          button.setAttribute('aria-label', value ? `${removeFilter}: ${value}` : removeFilter);
        });
      document
        .querySelectorAll<HTMLElement>('[role=progressbar]:not([aria-label]):not([aria-labelledby])')
        .forEach((bar) => bar.setAttribute('aria-label', loading));
      document.querySelectorAll<HTMLElement>('.RaDatagrid-expandIcon[aria-hidden]').forEach((icon) => {
        icon.removeAttribute('aria-hidden');
        icon.setAttribute('role', 'button');
        icon.setAttribute('tabindex', '0');
        if (!icon.getAttribute('aria-label')) icon.setAttribute('aria-label', expand);
      });
    };
    mend();
    const observer = new MutationObserver(mend);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [removeFilter, loading, expand]);
  return null;
}
