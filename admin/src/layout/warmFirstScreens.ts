import { useEffect } from 'react';

/**
 * Once the person starts typing on the sign-in screen, the code of the screens that follow is fetched: the home page
 * and the organisations list, the first list most people open. Signing in then waits for the API only (issue 20:
 * sign-in to first list under 1 s on a busy machine; these were 60 script requests after the click). Not before the
 * first keystroke, so that the sign-in screen itself loads nothing more.
 */
export function useWarmFirstScreens(): void {
  useEffect(() => {
    const warm = () => {
      document.removeEventListener('input', warm, true);
      void import('../dashboard/Dashboard').catch(() => undefined);
      void import('../organisations/OrganisationList').catch(() => undefined);
    };
    document.addEventListener('input', warm, true);
    return () => document.removeEventListener('input', warm, true);
  }, []);
}
