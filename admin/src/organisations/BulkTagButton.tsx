import { useState } from 'react';
import {
  Autocomplete,
  Button as MuiButton,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
} from '@mui/material';
import LabelIcon from '@mui/icons-material/Label';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { httpClient } from '../auth/httpClient';

function TagsField({ label, value, onChange }: { label: string; value: string[]; onChange: (tags: string[]) => void }) {
  return (
    <Autocomplete
      multiple
      freeSolo
      options={[]}
      value={value}
      onChange={(_event, tags) => onChange(tags.map((tag) => String(tag).trim()).filter(Boolean))}
      renderValue={(tags, getItemProps) =>
        tags.map((tag, index) => <Chip size="small" label={tag} {...getItemProps({ index })} key={tag} />)
      }
      renderInput={(params) => <TextField {...params} label={label} helperText=" " />}
    />
  );
}

/** Adds and removes tags on the selected organisations (POST /api/organisations/tags). */
export function BulkTagButton() {
  const translate = useTranslate();
  const { selectedIds, resource } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource ?? 'organisations');
  const [open, setOpen] = useState(false);
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setOpen(false);
    setAdd([]);
    setRemove([]);
  };

  const apply = async () => {
    setSaving(true);
    try {
      const { json } = await httpClient('/api/organisations/tags', {
        method: 'POST',
        body: JSON.stringify({ ids: selectedIds, add, remove }),
      });
      notify('traject.organisations.tags.done', {
        type: 'info',
        messageArgs: { smart_count: (json as { updated: number }).updated },
      });
      unselectAll();
      refresh();
      close();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button label="traject.organisations.tags.button" onClick={() => setOpen(true)}>
        <LabelIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="bulk-tag-title">
        <DialogTitle id="bulk-tag-title">
          {translate('traject.organisations.tags.title', { smart_count: selectedIds.length })}
        </DialogTitle>
        <DialogContent>
          <Stack sx={{ pt: 1 }}>
            <TagsField label={translate('traject.organisations.tags.add')} value={add} onChange={setAdd} />
            <TagsField label={translate('traject.organisations.tags.remove')} value={remove} onChange={setRemove} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={saving || (!add.length && !remove.length)} onClick={apply}>
            {translate('traject.organisations.tags.apply')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
