import { QueryClient } from '@tanstack/react-query';

/**
 * React Query's default pauses a mutation while the browser is offline and says nothing: a Save in a cellar would
 * spin until the connection came back. Saves are tried at once instead, so one without a connection fails and the
 * form says so in words (conflict/useSaveErrorNotifier), the meeting draft staying in the browser.
 */
export const queryClient = new QueryClient({ defaultOptions: { mutations: { networkMode: 'always' } } });
