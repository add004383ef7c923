import { Badge } from '@mui/material';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import { Menu, useCanAccess, useGetList, useTranslate } from 'react-admin';

/** The inbox in the menu, with the count of new intakes (looked at again every minute). */
export function IntakeMenuItem() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'intakes', action: 'list' });
  const { total } = useGetList(
    'intakes',
    { filter: { status: 'new' }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!canAccess, refetchInterval: 60_000 },
  );
  if (!canAccess) return null;
  const label = translate('resources.intakes.name', { smart_count: 2 });
  return (
    <Menu.Item
      to="/intakes"
      primaryText={label}
      leftIcon={
        <Badge
          badgeContent={total || 0}
          color="error"
          max={99}
          slotProps={{ badge: { title: translate('traject.intakes.new_count', { smart_count: total ?? 0 }) } }}
        >
          <MoveToInboxIcon />
        </Badge>
      }
    />
  );
}
