import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  Box,
  ClickAwayListener,
  IconButton,
  InputBase,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Paper,
  Popper,
  Typography,
  useMediaQuery,
  type SxProps,
  type Theme,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import CloseIcon from '@mui/icons-material/Close';
import { useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { MIN_QUERY, useSearch } from './useSearch';
import { formatDay } from '../../../api/src/domain';

interface Hit {
  key: string;
  primary: string;
  secondary: string;
  to: string;
}

/** The id of the search input: the `/` shortcut (and any other) focuses it. */
const GLOBAL_SEARCH_ID = 'global-search';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.getAttribute('role') === 'textbox');

function Group({ title, hits, onOpen }: { title: string; hits: Hit[]; onOpen: (to: string) => void }) {
  if (!hits.length) return null;
  return (
    <li>
      <List dense disablePadding aria-label={title}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{title}</ListSubheader>
        {hits.map((hit) => (
          <ListItemButton key={hit.key} onClick={() => onOpen(hit.to)} data-search-hit>
            <ListItemText primary={hit.primary} secondary={hit.secondary} slotProps={{ secondary: { noWrap: true } }} />
          </ListItemButton>
        ))}
      </List>
    </li>
  );
}

/**
 * The search box of the app bar: from two characters typed, organisations, contacts and meeting
 * notes that match, grouped, with the matching words; a click opens the record. Keyboard: `/` focuses it, the
 * arrow keys go through the results, Enter opens one (Enter in the box opens the first), Escape closes.
 */
const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

function hitsIn(results: ReturnType<typeof useSearch>['results']): number {
  if (!results) return 0;
  return (
    results.organisations.length + results.contacts.length + results.meetings.length + (results.documents ?? []).length
  );
}

export default function GlobalSearch() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [_locale] = useLocaleState(); // re-renders on a language switch
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const { q, results, isPending, failed } = useSearch(text);
  const input = useRef<HTMLInputElement>(null);

  // `/` anywhere outside a text field focuses the search (as on GitHub or Gmail).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (!input.current) return;
      event.preventDefault();
      input.current.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  /** Arrow keys move between the input and the results, Escape goes back to the input and closes. */
  const onKeys = (event: KeyboardEvent<HTMLElement>) => {
    const hits = [...(anchor.current?.querySelectorAll<HTMLElement>('[data-search-hit]') ?? [])];
    const at = hits.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      setOpen(false);
      input.current?.focus();
    } else if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      hits[Math.min(at + 1, hits.length - 1)].focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      if (at === 0) input.current?.focus();
      else hits[at - 1].focus();
    } else if (event.key === 'Enter' && at < 0 && hits.length && document.activeElement === input.current) {
      event.preventDefault();
      hits[0].click();
    }
  };
  const hitCount = hitsIn(results);
  // On a phone the box is a button until pressed; then it covers the app bar.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [expanded, setExpanded] = useState(false);

  const openRecord = (to: string) => {
    setOpen(false);
    setText('');
    setExpanded(false);
    navigate(to);
  };

  const groups: { title: string; hits: Hit[] }[] = results
    ? [
        {
          title: translate('traject.search.organisations'),
          hits: results.organisations.map((hit) => ({
            key: `o-${hit.id}`,
            primary: hit.name,
            secondary: [hit.enterpriseNumber, hit.snippet !== hit.name ? hit.snippet : null]
              .filter(Boolean)
              .join(' · '),
            to: `/organisations/${hit.id}/show`,
          })),
        },
        {
          title: translate('traject.search.contacts'),
          hits: results.contacts.map((hit) => ({
            key: `c-${hit.id}`,
            primary: `${hit.name} · ${hit.organisationName}`,
            secondary: hit.snippet,
            to: `/organisations/${hit.organisationId}/show/contacts`,
          })),
        },
        {
          title: translate('traject.search.meetings'),
          hits: results.meetings.map((hit) => ({
            key: `m-${hit.id}`,
            primary: `${hit.subject} · ${hit.organisationName}`,
            secondary: `${formatDay(hit.occurredAt)} · ${hit.snippet}`,
            to: `/meetings/${hit.id}/show`,
          })),
        },
        {
          title: translate('traject.search.documents'),
          hits: (results.documents ?? []).map((hit) => ({
            key: `d-${hit.id}`,
            primary: `${hit.title} · ${hit.organisationName}`,
            secondary: hit.snippet,
            to: `/organisations/${hit.organisationId}/show/documents`,
          })),
        },
      ]
    : [];
  const found = groups.some((group) => group.hits.length);
  let body: ReactNode = null;
  if (failed) body = <Typography sx={{ p: 2 }}>{translate('traject.search.failed')}</Typography>;
  else if (results && !found) body = <Typography sx={{ p: 2 }}>{translate('traject.search.none', { q })}</Typography>;
  else if (results)
    body = (
      <List disablePadding component="ul" sx={{ listStyle: 'none' }}>
        {groups.map((group) => (
          <Group key={group.title} title={group.title} hits={group.hits} onOpen={openRecord} />
        ))}
      </List>
    );
  const showPopper = open && q.length >= MIN_QUERY && (!!body || isPending);

  if (phone && !expanded) {
    return (
      <IconButton
        color="inherit"
        aria-label={translate('traject.search.label')}
        onClick={() => setExpanded(true)}
        data-search-open
      >
        <SearchIcon />
      </IconButton>
    );
  }
  const overBar: SxProps<Theme> = phone
    ? {
        position: 'absolute',
        inset: 0,
        zIndex: 2,
        bgcolor: 'primary.main',
        display: 'flex',
        alignItems: 'center',
        px: 1,
      }
    : { position: 'relative', mr: 2 };
  return (
    <ClickAwayListener onClickAway={() => setOpen(false)}>
      <Box ref={anchor} onKeyDown={onKeys} sx={overBar}>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'center',
            bgcolor: 'rgba(255,255,255,0.15)',
            borderRadius: 1,
            px: 1,
            minHeight: 44,
            width: { xs: 'auto', sm: 220, md: 320 },
            flex: { xs: 1, sm: 'none' },
          }}
        >
          <SearchIcon fontSize="small" aria-hidden />
          <InputBase
            type="search"
            value={text}
            placeholder={translate('traject.search.placeholder')}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            inputRef={input}
            autoFocus={phone}
            sx={{ color: 'inherit', ml: 1, flex: 1 }}
            inputProps={{
              id: GLOBAL_SEARCH_ID,
              'aria-label': translate('traject.search.label'),
              'aria-describedby': `${GLOBAL_SEARCH_ID}-hint`,
              'aria-keyshortcuts': '/',
            }}
          />
        </Box>
        {phone && (
          <IconButton
            color="inherit"
            aria-label={translate('ra.action.close')}
            onClick={() => {
              setExpanded(false);
              setOpen(false);
            }}
          >
            <CloseIcon />
          </IconButton>
        )}
        <Box id={`${GLOBAL_SEARCH_ID}-hint`} sx={visuallyHidden}>
          {translate('traject.a11y.search_hint')}
        </Box>
        <Box role="status" sx={visuallyHidden}>
          {showPopper && results ? translate('traject.a11y.search_results', { smart_count: hitCount }) : ''}
        </Box>
        {/* Not portalled: the results follow the input in the page's order, so Tab reaches them too. */}
        <Popper open={showPopper} anchorEl={anchor.current} placement="bottom-end" disablePortal sx={{ zIndex: 1300 }}>
          <Paper
            elevation={8}
            sx={{
              width: { xs: 'calc(100vw - 16px)', sm: 440 },
              maxWidth: 440,
              maxHeight: '70vh',
              overflowY: 'auto',
              mt: 0.5,
            }}
            role="region"
            aria-label={translate('traject.search.label')}
          >
            {isPending && <LinearProgress />}
            {body}
          </Paper>
        </Popper>
      </Box>
    </ClickAwayListener>
  );
}
