import { List as RaList, type ListProps, type RaRecord } from 'react-admin';

/** How many rows a list shows unless it says otherwise (react-admin's own default is 10). */
const DEFAULT_PER_PAGE = 25;

/** react-admin's List with 25 rows a page: every list of the console opens on it. */
export function List<RecordType extends RaRecord = RaRecord>(props: ListProps<RecordType>) {
  return <RaList<RecordType> perPage={DEFAULT_PER_PAGE} {...props} />;
}
