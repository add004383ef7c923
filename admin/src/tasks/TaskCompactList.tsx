import { List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import {
  LinkBase,
  RecordContextProvider,
  ReferenceField,
  useCreatePath,
  useListContext,
  useTranslate,
} from 'react-admin';
import { CompleteTaskCheckbox } from './CompleteTaskCheckbox';
import { DueDateField } from './DueDateField';
import type { Task } from './types';

/** The tasks on a phone: one block each, the tick box first (44 px), the title opening the task. */
export function TaskCompactList() {
  const { data, isPending } = useListContext<Task>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (isPending) return null;
  if (!data?.length)
    return (
      <Typography sx={{ p: 2, color: 'text.secondary' }}>
        {translate('ra.navigation.no_results', { name: translate('resources.tasks.name', { smart_count: 2 }) })}
      </Typography>
    );
  return (
    <List aria-label={translate('resources.tasks.name', { smart_count: 2 })}>
      {data.map((task) => (
        <RecordContextProvider key={task.id} value={task}>
          <ListItem disablePadding divider>
            <CompleteTaskCheckbox />
            <ListItemButton
              component={LinkBase}
              to={createPath({ resource: 'tasks', id: task.id, type: 'edit' })}
              sx={{ pl: 0.5 }}
            >
              <ListItemText
                primary={task.title}
                secondary={
                  <>
                    <DueDateField />
                    {task.organisationId && (
                      <ReferenceField source="organisationId" reference="organisations" link={false} />
                    )}
                  </>
                }
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItemButton>
          </ListItem>
        </RecordContextProvider>
      ))}
    </List>
  );
}
