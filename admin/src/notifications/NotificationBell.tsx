import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { BellItem, notificationsApi } from './api';
import { formatDateTime } from '../../../api/src/domain';

const KEY = ['traject', 'notifications'];

/** The bell in the app bar: unread count, my latest notifications linking to their record, asked again every minute. */
export function NotificationBell() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useQuery({ queryKey: KEY, queryFn: notificationsApi.mine, refetchInterval: 60_000 });
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const open = async (item: BellItem) => {
    setAnchor(null);
    if (!item.readAt) await notificationsApi.read(item.id).catch(() => undefined);
    refresh();
    navigate(item.link);
  };
  const unread = data?.unread ?? 0;
  // The badge's number is the button's visible text: the accessible name starts with it (WCAG 2.5.3).
  const shown = unread > 99 ? '99+' : String(unread);
  const label = `${unread ? `${shown} · ` : ''}${translate('traject.notifications.bell', { smart_count: unread })}`;
  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(event) => setAnchor(event.currentTarget)}>
          <Badge badgeContent={unread || undefined} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box
          sx={{ width: 380, maxHeight: 480, display: 'flex', flexDirection: 'column' }}
          role="region"
          aria-label={translate('traject.notifications.title')}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
            <Typography variant="subtitle1" component="h2">
              {translate('traject.notifications.title')}
            </Typography>
            <Button
              size="small"
              disabled={!unread}
              onClick={async () => {
                await notificationsApi.readAll();
                refresh();
              }}
            >
              {translate('traject.notifications.read_all')}
            </Button>
          </Box>
          {data?.items.length ? (
            <List dense sx={{ overflowY: 'auto' }}>
              {data.items.map((item) => (
                <ListItemButton
                  key={item.id}
                  onClick={() => void open(item)}
                  sx={{ bgcolor: item.readAt ? undefined : 'action.hover' }}
                >
                  <ListItemText
                    primary={item.title}
                    secondary={formatDateTime(item.createdAt)}
                    slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 600 } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          ) : (
            <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
              {translate('traject.notifications.none')}
            </Typography>
          )}
        </Box>
      </Popover>
    </>
  );
}
