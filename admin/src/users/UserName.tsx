import { ReferenceField, TextField } from 'react-admin';

/** A staff member by name (users are readable by everyone), never linked: the users screens are admin-only. */
export function UserName({
  source,
  label,
  emptyText = '—',
}: {
  source: string;
  label?: string;
  emptyText?: string;
  sortable?: boolean;
  sortBy?: string;
}) {
  return (
    <ReferenceField source={source} reference="users" link={false} label={label} emptyText={emptyText}>
      <TextField source="fullName" />
    </ReferenceField>
  );
}
