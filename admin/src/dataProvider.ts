import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, type DataProvider } from 'react-admin';
import { httpClient } from './auth/httpClient';

const rest = simpleRestProvider('/api', httpClient);

/**
 * A stale `version` is a 409 whose only error is on `version`, a field no form shows. It is
 * turned into a conflict (no field errors) so the form notifies it with a reload action
 * (see conflict/). Other 409s, like a duplicate e-mail, keep their field errors.
 */
function asConflict(error: unknown): unknown {
  if (!(error instanceof HttpError) || error.status !== 409) return error;
  const errors = error.body?.errors as Record<string, string> | undefined;
  const fields = Object.keys(errors ?? {});
  if (fields.length && fields.some((field) => field !== 'version')) return error;
  return new HttpError('traject.conflict.message', 409, { ...error.body, errors: undefined, conflict: true });
}

export const dataProvider: DataProvider = {
  ...rest,
  update: (resource, params) => rest.update(resource, params).catch((error) => Promise.reject(asConflict(error))),
};
