import { useRef, useState, type ReactNode } from 'react';
import {
  Box,
  ClickAwayListener,
  InputBase,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Paper,
  Popper,
  Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useLocaleState, useNavigate, useTranslate } from 'react-admin';
import { MIN_QUERY, useSearch } from './useSearch';
import { formatDay } from '../../../api/src/domain';

interface Hit {
  key: string;
  primary: string;
  secondary: string;
  to: string;
}

function Group({ title, hits, onOpen }: { title: string; hits: Hit[]; onOpen: (to: string) => void }) {
  if (!hits.length) return null;
  return (
    <li>
      <List dense disablePadding aria-label={title}>
        <ListSubheader sx={{ lineHeight: '32px' }}>{title}</ListSubheader>
        {hits.map((hit) => (
          <ListItemButton key={hit.key} onClick={() => onOpen(hit.to)}>
            <ListItemText primary={hit.primary} secondary={hit.secondary} slotProps={{ secondary: { noWrap: true } }} />
          </ListItemButton>
        ))}
      </List>
    </li>
  );
}

/**
 * The search box of the app bar: from two characters typed, organisations, contacts and meeting
 * notes that match, grouped, with the matching words; a click opens the record.
 */
export default function GlobalSearch() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [locale] = useLocaleState();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const { q, results, isPending, failed } = useSearch(text);

  const openRecord = (to: string) => {
    setOpen(false);
    setText('');
    navigate(to);
  };

  const groups: { title: string; hits: Hit[] }[] = results
    ? [
        {
          title: translate('traject.search.organisations'),
          hits: results.organisations.map((hit) => ({
            key: `o-${hit.id}`,
            primary: hit.name,
            secondary: [hit.enterpriseNumber, hit.snippet !== hit.name ? hit.snippet : null].filter(Boolean).join(' · '),
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

  return (
    <ClickAwayListener onClickAway={() => setOpen(false)}>
      <Box ref={anchor} sx={{ position: 'relative', mr: 2, display: { xs: 'none', sm: 'block' } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', bgcolor: 'rgba(255,255,255,0.15)', borderRadius: 1, px: 1, width: { sm: 220, md: 320 } }}>
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
            onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
            sx={{ color: 'inherit', ml: 1, flex: 1 }}
            inputProps={{ 'aria-label': translate('traject.search.label') }}
          />
        </Box>
        <Popper open={showPopper} anchorEl={anchor.current} placement="bottom-end" sx={{ zIndex: 1300 }}>
          <Paper elevation={8} sx={{ width: 440, maxHeight: '70vh', overflowY: 'auto', mt: 0.5 }} role="region" aria-label={translate('traject.search.label')}>
            {isPending && <LinearProgress />}
            {body}
          </Paper>
        </Popper>
      </Box>
    </ClickAwayListener>
  );
}
