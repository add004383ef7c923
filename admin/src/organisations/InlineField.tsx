import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { Box, IconButton, Stack, TextField } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditIcon from '@mui/icons-material/Edit';
import {
  Labeled,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
  type HttpError,
} from 'react-admin';
import { errorMessage } from '../common/errorMessage';
import type { Organisation } from './types';

type Kind = 'text' | 'multiline' | 'url' | 'email' | 'tel' | 'number' | 'select' | 'multiple';

interface Props {
  /** The organisation's field this edits (its label is `resources.organisations.fields.<source>`). */
  source: keyof Organisation & string;
  /** How the value reads when not editing: the overview's own field component. */
  children: ReactNode;
  kind?: Kind;
  /** For `select` and `multiple`: `{id, name}` with names as translation keys. */
  choices?: { id: string; name: string }[];
  fullWidth?: boolean;
}

/** What the input holds, from the record's value. */
function draftOf(value: unknown, kind: Kind): string | string[] {
  if (kind === 'multiple') return Array.isArray(value) ? value.map(String) : [];
  return value === null || value === undefined ? '' : String(value);
}

/** What the API gets, from what the input holds: blank is null. */
function valueOf(draft: string | string[], kind: Kind): unknown {
  if (Array.isArray(draft)) return draft;
  const text = kind === 'multiline' ? draft.replace(/\s+$/, '') : draft.trim();
  if (text === '') return null;
  if (kind === 'number') {
    // Not a number: sent as typed, so the API's field message says what it expects.
    const number = Number(text.replace(',', '.'));
    return Number.isNaN(number) ? text : number;
  }
  return text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * One field of the organisation overview, editable in place by whoever may edit the organisation (PUT
 * /api/organisations/{id}: advisors, coordinators, admins); anyone else reads it as before. The pencil button (or a
 * click on the value) opens an input labelled with the field's name; Enter or the tick saves (for a multi-line text,
 * Shift+Enter makes a new line), Escape or the cross gives up, and focus goes back to the pencil. The save sends the
 * organisation as read, its `version` included, like the edit form: a 409 (someone saved meanwhile) reloads the
 * organisation and says so at the field, keeping what was typed; a 400 shows the API's message for that field.
 */
export function InlineField({ source, children, kind = 'text', choices, fullWidth }: Props) {
  const record = useRecordContext<Organisation>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'organisations', action: 'edit' });
  const [update] = useUpdate<Organisation>();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<string | string[]>('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pencil = useRef<HTMLButtonElement>(null);
  const focusPencil = useRef(false);
  const id = useId();
  const labelKey = `resources.organisations.fields.${source}`;
  const label = translate(labelKey);

  useEffect(() => {
    if (!editing && focusPencil.current) {
      focusPencil.current = false;
      pencil.current?.focus();
    }
  }, [editing]);

  if (!record) return null;
  if (!canAccess) {
    return (
      <Labeled label={labelKey} fullWidth={fullWidth}>
        <>{children}</>
      </Labeled>
    );
  }

  const start = () => {
    setDraft(draftOf(record[source], kind));
    setProblem(null);
    setEditing(true);
  };
  const stop = () => {
    focusPencil.current = true;
    setProblem(null);
    setEditing(false);
  };
  const save = async () => {
    const value = valueOf(draft, kind);
    if (same(value, record[source])) return stop();
    setBusy(true);
    try {
      await update(
        'organisations',
        { id: record.id, data: { ...record, [source]: value }, previousData: record },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('traject.field.inline_saved', { type: 'info', messageArgs: { field: label } });
      stop();
    } catch (failure) {
      const error = failure as Partial<HttpError>;
      const body = error.body as { errors?: Record<string, string> } | undefined;
      if (error.status === 409) {
        setProblem(translate('traject.field.inline_conflict'));
        refresh(); // the organisation as saved now, its new version with it; what was typed stays
      } else setProblem(body?.errors?.[source] ?? errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stop();
    } else if (event.key === 'Enter' && !(kind === 'multiline' && event.shiftKey)) {
      event.preventDefault();
      void save();
    }
  };
  const startFromValue = (event: MouseEvent) => {
    // A link in the value (website, e-mail) still opens; a click elsewhere on the value edits it.
    if ((event.target as HTMLElement).closest('a')) return;
    start();
  };
  const buttonSize = { width: { xs: 44, md: 34 }, height: { xs: 44, md: 34 } };

  if (editing) {
    const select = kind === 'select' || kind === 'multiple';
    return (
      <Stack
        direction="row"
        spacing={0.5}
        sx={{ alignItems: 'flex-start', py: 0.5, width: fullWidth ? '100%' : undefined }}
        onKeyDown={onKeyDown}
      >
        <TextField
          id={id}
          label={label}
          value={draft}
          onChange={(event) =>
            setDraft(
              kind === 'multiple'
                ? Array.from((event.target as unknown as HTMLSelectElement).selectedOptions, (option) => option.value)
                : event.target.value,
            )
          }
          autoFocus
          size="small"
          disabled={busy}
          error={!!problem}
          helperText={
            problem ??
            translate(
              kind === 'multiline'
                ? 'traject.field.inline_hint_multiline'
                : kind === 'multiple'
                  ? 'traject.field.inline_hint_multiple'
                  : 'traject.field.inline_hint',
            )
          }
          multiline={kind === 'multiline'}
          minRows={kind === 'multiline' ? 3 : undefined}
          select={select}
          type={kind === 'url' || kind === 'email' || kind === 'tel' || kind === 'number' ? kind : 'text'}
          sx={{ flex: fullWidth ? 1 : undefined, minWidth: { xs: 0, sm: 260 } }}
          slotProps={{
            select: select ? { native: true, multiple: kind === 'multiple' } : undefined,
            formHelperText: problem ? { role: 'alert' } : undefined,
            inputLabel: select ? { shrink: true } : undefined,
          }}
        >
          {kind === 'select' && <option value="">—</option>}
          {select &&
            choices?.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </option>
            ))}
        </TextField>
        <IconButton
          aria-label={translate('ra.action.save')}
          onClick={() => void save()}
          disabled={busy}
          sx={buttonSize}
        >
          <CheckIcon fontSize="small" />
        </IconButton>
        <IconButton aria-label={translate('traject.field.inline_discard')} onClick={stop} sx={buttonSize}>
          <CloseIcon fontSize="small" />
        </IconButton>
      </Stack>
    );
  }

  return (
    <Labeled label={labelKey} fullWidth={fullWidth}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }} data-inline-field={source}>
        <Box onClick={startFromValue} sx={{ cursor: 'text', minWidth: 0 }}>
          {children}
        </Box>
        <IconButton
          ref={pencil}
          aria-label={translate('traject.field.inline_edit', { field: label })}
          onClick={start}
          sx={buttonSize}
        >
          <EditIcon fontSize="small" />
        </IconButton>
      </Stack>
    </Labeled>
  );
}
