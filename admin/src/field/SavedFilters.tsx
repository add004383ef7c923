import { useEffect, useState } from 'react';
import { Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import { useGetIdentity, useListContext, useTranslate } from 'react-admin';

/** A list's filters and order, saved by a person under a name of their choosing, in this browser. */
interface SavedFilter {
  name: string;
  filter: Record<string, unknown>;
  sort: { field: string; order: 'ASC' | 'DESC' };
}

const keyOf = (userId: string, resource: string) => `traject.savedFilters.${userId}.${resource}`;

function read(userId: string, resource: string): SavedFilter[] {
  try {
    const items = JSON.parse(window.localStorage.getItem(keyOf(userId, resource)) ?? '[]') as SavedFilter[];
    return Array.isArray(items) ? items : [];
  } catch {
    return [];
  }
}

/** Above a list: the person's saved filters as chips (one click applies, the cross forgets), and "save these filters". */
export function SavedFilters() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { resource, filterValues, displayedFilters, setFilters, sort, setSort } = useListContext();
  const userId = identity ? String(identity.id) : undefined;
  const [saved, setSaved] = useState<SavedFilter[]>([]);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  useEffect(() => {
    if (userId) setSaved(read(userId, resource));
  }, [userId, resource]);
  if (!userId) return null;
  const store = (items: SavedFilter[]) => {
    setSaved(items);
    window.localStorage.setItem(keyOf(userId, resource), JSON.stringify(items));
  };
  const same = (item: SavedFilter) =>
    JSON.stringify(item.filter) === JSON.stringify(filterValues) &&
    item.sort.field === sort.field &&
    item.sort.order === sort.order;
  return (
    <Stack
      direction="row"
      sx={{ px: 2, pt: 1, flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
      role="group"
      aria-label={translate('traject.field.saved_filters')}
    >
      {saved.map((item) => (
        <Chip
          key={item.name}
          label={item.name}
          color={same(item) ? 'primary' : 'default'}
          variant={same(item) ? 'filled' : 'outlined'}
          aria-pressed={same(item)}
          onClick={() => {
            setFilters(item.filter, displayedFilters);
            setSort(item.sort);
          }}
          onDelete={() => store(saved.filter((other) => other.name !== item.name))}
        />
      ))}
      <Button size="small" startIcon={<BookmarkAddIcon />} onClick={() => setNaming(true)}>
        {translate('traject.field.save_filters')}
      </Button>
      <Dialog
        open={naming}
        onClose={() => setNaming(false)}
        aria-labelledby="save-filters-title"
        maxWidth="xs"
        fullWidth
      >
        <DialogTitle id="save-filters-title">{translate('traject.field.save_filters')}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('traject.field.filter_name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            fullWidth
            autoFocus
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaming(false)}>{translate('ra.action.close')}</Button>
          <Button
            variant="contained"
            disabled={!name.trim()}
            onClick={() => {
              store([
                ...saved.filter((item) => item.name !== name.trim()),
                { name: name.trim(), filter: filterValues, sort },
              ]);
              setName('');
              setNaming(false);
            }}
          >
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
