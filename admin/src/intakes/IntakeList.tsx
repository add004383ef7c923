import { Chip, Stack } from '@mui/material';
import { Datagrid, FunctionField, SelectArrayInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { List } from '../common/List';
import { DateField } from '../common/DateField';
import { languageChoices, statusChoices, topicChoices, type Intake } from './types';

function Topics({ record }: { record: Intake }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.topics.map((topic) => (
        <Chip key={topic} size="small" label={translate(`traject.intakes.topics.${topic}`)} />
      ))}
    </Stack>
  );
}

function Status({ record }: { record: Intake }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant={record.status === 'new' ? 'filled' : 'outlined'}
      color={record.status === 'new' ? 'primary' : 'default'}
      label={translate(`traject.intakes.statuses.${record.status}`)}
    />
  );
}

/** The intake inbox, newest first, opening on the new ones. */
export default function IntakeList() {
  const translate = useTranslate();
  return (
    <List
      sort={{ field: 'submittedAt', order: 'DESC' }}
      filterDefaultValues={{ status: 'new' }}
      perPage={25}
      exporter={false}
      filters={[
        <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
        <SelectArrayInput key="topics" source="topics" choices={topicChoices} alwaysOn />,
        <SelectInput key="language" source="language" choices={languageChoices} alwaysOn />,
      ]}
    >
      <Datagrid bulkActionButtons={false} rowClick="show">
        <DateField source="submittedAt" showTime options={{ dateStyle: 'short', timeStyle: 'short' }} />
        <TextField source="organisationName" />
        <FunctionField source="lastName" render={(record: Intake) => `${record.firstName} ${record.lastName}`} />
        <FunctionField source="topics" sortable={false} render={(record: Intake) => <Topics record={record} />} />
        <FunctionField
          source="language"
          render={(record: Intake) => translate(`traject.languages.${record.language}`)}
        />
        <FunctionField source="status" render={(record: Intake) => <Status record={record} />} />
      </Datagrid>
    </List>
  );
}
