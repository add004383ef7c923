import { fetchUtils } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { inConsoleLanguage } from '../i18n/serverErrors';
import { refreshSession, sessionToken } from './session';

type Options = fetchUtils.Options;

function withBearer(options: Options = {}): Options {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const token = sessionToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return { ...options, headers, credentials: 'same-origin' };
}

/**
 * fetchJson with the bearer token. An expired token (401) gets one refresh and one retry;
 * a second 401 goes up to authProvider.checkError, which signs the user out.
 */
export async function httpClient(url: string, options: Options = {}) {
  try {
    return await authorisedFetch(url, options);
  } catch (error) {
    // Errors come with a code: the console writes them in its own language.
    throw inConsoleLanguage(error, i18nProvider.getLocale());
  }
}

async function authorisedFetch(url: string, options: Options) {
  try {
    return await fetchUtils.fetchJson(url, withBearer(options));
  } catch (error) {
    if ((error as { status?: number }).status !== 401) throw error;
    const user = await refreshSession();
    if (!user) throw error;
    return fetchUtils.fetchJson(url, withBearer(options));
  }
}
