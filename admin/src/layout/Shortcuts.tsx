import { useEffect, useRef, useState } from 'react';
import { Dialog, DialogContent, DialogTitle, IconButton, Table, TableBody, TableCell, TableRow } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useNavigate, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';

/** Two-key shortcuts ("g o": go to organisations), as in Gmail, GitHub or Linear. */
const SEQUENCES: Record<string, (context: { organisationId?: string }) => string> = {
  'g h': () => '/',
  'g o': () => '/organisations',
  'g t': () => '/tasks',
  'g c': () => '/cases',
  'g b': () => '/board',
  'g m': () => '/meetings',
  // A new meeting: of the organisation on screen when there is one.
  'n m': ({ organisationId }) =>
    organisationId
      ? `/meetings/create?source=${encodeURIComponent(JSON.stringify({ organisationId }))}`
      : '/meetings/create',
  'n t': ({ organisationId }) =>
    organisationId ? `/tasks/create?source=${encodeURIComponent(JSON.stringify({ organisationId }))}` : '/tasks/create',
};

/** The keys, in the order the help lists them, with their descriptions' message keys. */
const SHORTCUTS: Array<[string, string]> = [
  ['/', 'traject.shortcuts.search'],
  ['g h', 'traject.shortcuts.home'],
  ['g o', 'traject.shortcuts.organisations'],
  ['g t', 'traject.shortcuts.tasks'],
  ['g c', 'traject.shortcuts.cases'],
  ['g b', 'traject.shortcuts.board'],
  ['g m', 'traject.shortcuts.meetings'],
  ['n m', 'traject.shortcuts.new_meeting'],
  ['n t', 'traject.shortcuts.new_task'],
  ['?', 'traject.shortcuts.help'],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    !!target.closest('[role="dialog"], [role="listbox"], [role="menu"]'));

/** Listens for the shortcuts anywhere in the console (not while typing in a field), and shows their help on "?". */
export function Shortcuts() {
  const navigate = useNavigate();
  const translate = useTranslate();
  const location = useLocation();
  const [help, setHelp] = useState(false);
  const pending = useRef<{ key: string; at: number } | null>(null);
  const organisationId = /^\/organisations\/([0-9a-f-]{36})\//.exec(location.pathname)?.[1];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelp(true);
        return;
      }
      if (event.key === '/') {
        const search =
          document.querySelector<HTMLElement>('header input[type="search"]') ??
          document.querySelector<HTMLElement>('header button[data-search-open]');
        if (search) {
          event.preventDefault();
          search.focus();
          search.click();
        }
        return;
      }
      const previous = pending.current;
      pending.current = null;
      if (previous && Date.now() - previous.at < 1500) {
        const go = SEQUENCES[`${previous.key} ${event.key}`];
        if (go) {
          event.preventDefault();
          navigate(go({ organisationId }));
          return;
        }
      }
      if (event.key === 'g' || event.key === 'n') pending.current = { key: event.key, at: Date.now() };
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate, organisationId]);

  return (
    <Dialog open={help} onClose={() => setHelp(false)} aria-labelledby="shortcuts-title" maxWidth="xs" fullWidth>
      <DialogTitle id="shortcuts-title" sx={{ pr: 6 }}>
        {translate('traject.shortcuts.title')}
        <IconButton
          aria-label={translate('ra.action.close')}
          onClick={() => setHelp(false)}
          sx={{ position: 'absolute', right: 8, top: 8 }}
        >
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="shortcuts-title">
          <TableBody>
            {SHORTCUTS.map(([keys, description]) => (
              <TableRow key={keys}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {keys.split(' ').map((key, index) => (
                    <span key={index}>
                      {index > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </TableCell>
                <TableCell>{translate(description)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
    </Dialog>
  );
}
