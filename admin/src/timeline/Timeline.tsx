import type { ReactElement } from 'react';
import { Alert, Box, Button, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import ForumIcon from '@mui/icons-material/Forum';
import LockIcon from '@mui/icons-material/Lock';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import TrendingFlatIcon from '@mui/icons-material/TrendingFlat';
import VerifiedIcon from '@mui/icons-material/Verified';
import { LinkBase, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime, isLanguage, timelineSummary } from '../../../api/src/domain';
import type { TimelineEntry } from '../dataProvider';
import { linkOf } from './entryLink';
import { useTimeline } from './useTimeline';

const ICONS: Record<string, ReactElement> = {
  meeting: <ForumIcon />,
  case_opened: <FlagIcon />,
  case_stage_changed: <TrendingFlatIcon />,
  case_assigned: <AssignmentIndIcon />,
  case_status_changed: <SwapHorizIcon />,
  case_closed: <LockIcon />,
  task_created: <AddTaskIcon />,
  task_completed: <TaskAltIcon />,
};

/** Types added by later issues (assessment_*, recognition_*, referral_*) get their family's icon. */
function iconOf(type: string): ReactElement {
  if (ICONS[type]) return ICONS[type];
  if (type.startsWith('assessment')) return <AssessmentIcon />;
  if (type.startsWith('recognition')) return <VerifiedIcon />;
  if (type.startsWith('referral')) return <CallSplitIcon />;
  return <EventIcon />;
}

/** The entry's text from its code in the console's language (the API's own summary for a code the console lacks). */
function summaryOf(entry: TimelineEntry, locale: string): string {
  if (!entry.code || !isLanguage(locale)) return entry.summary;
  return timelineSummary(entry.code, entry.params, locale) ?? entry.summary;
}

/** The first lines of a meeting's notes, under its subject (two lines, the rest on the meeting's page). */
function Excerpt({ text }: { text: unknown }) {
  if (typeof text !== 'string' || !text) return null;
  return (
    <Typography
      component="span"
      variant="body2"
      data-testid="timeline-excerpt"
      sx={{
        display: '-webkit-box',
        WebkitLineClamp: 2,
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        color: 'text.secondary',
        mt: 0.5,
      }}
    >
      {text}
    </Typography>
  );
}

/**
 * What happened to an organisation, newest first: an icon per kind, who, when, what, and a
 * link to the record. `only` narrows it (a case's page shows the entries about that case).
 */
export function Timeline({
  organisationId,
  only,
}: {
  organisationId: string;
  only?: (entry: TimelineEntry) => boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { entries, isPending, error, hasMore, loadMore } = useTimeline(organisationId);
  const shown = only ? entries.filter(only) : entries;
  const userIds = [...new Set(shown.map((entry) => entry.userId).filter((id): id is string => !!id))];
  const { data: users } = useGetMany('users', { ids: userIds }, { enabled: userIds.length > 0 });
  const nameOf = (id: string | null) => users?.find((user) => user.id === id)?.fullName ?? '';

  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  if (!isPending && shown.length === 0) {
    return <Typography sx={{ py: 2, color: 'text.secondary' }}>{translate('traject.timeline.empty')}</Typography>;
  }
  return (
    <Box sx={{ width: '100%' }}>
      <List aria-label={translate('traject.organisations.tabs.journey')}>
        {shown.map((entry, index) => {
          const to = linkOf(entry);
          const label = translate(`traject.timeline.types.${entry.type}`, {
            _: translate('traject.timeline.types.other'),
          });
          const when = formatDateTime(entry.at);
          const who = nameOf(entry.userId);
          return (
            <ListItem
              key={`${entry.type}-${entry.refId}-${entry.at}-${index}`}
              divider
              alignItems="flex-start"
              data-type={entry.type}
            >
              <ListItemIcon sx={{ mt: 0.5 }} aria-hidden>
                {iconOf(entry.type)}
              </ListItemIcon>
              <ListItemText
                primary={
                  <>
                    <Typography component="span" sx={{ fontWeight: 600, mr: 1 }}>
                      {label}
                    </Typography>
                    {to ? (
                      <LinkBase to={to}>{summaryOf(entry, locale)}</LinkBase>
                    ) : (
                      <Typography component="span">{summaryOf(entry, locale)}</Typography>
                    )}
                    <Excerpt text={entry.params?.excerpt} />
                  </>
                }
                secondary={[who, when].filter(Boolean).join(' · ')}
              />
            </ListItem>
          );
        })}
      </List>
      {hasMore && !only && (
        <Button onClick={() => void loadMore()} disabled={isPending}>
          {translate('traject.timeline.more')}
        </Button>
      )}
    </Box>
  );
}
