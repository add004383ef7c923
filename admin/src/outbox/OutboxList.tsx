import { Chip } from '@mui/material';
import { Datagrid, DateField, FunctionField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { List } from '../common/List';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed'] as const;

export function OutboxState({ state }: { state: string }) {
  const translate = useTranslate();
  const color = state === 'sent' ? 'success' : state === 'failed' ? 'error' : 'default';
  return <Chip size="small" color={color} label={translate(`traject.outbox.states.${state}`, { _: state })} />;
}

function filters(translate: (key: string) => string) {
  return [
    <TextInput key="recipient" source="recipient" alwaysOn />,
    <SelectInput
      key="state"
      source="state"
      choices={OUTBOX_STATES.map((id) => ({ id, name: translate(`traject.outbox.states.${id}`) }))}
      alwaysOn
    />,
  ];
}

/** Admins: every mail Traject wrote, sent or not (without SMTP_URL they all wait here). */
export default function OutboxList() {
  const translate = useTranslate();
  return (
    <List filters={filters(translate)} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick="show">
        <DateField source="createdAt" showTime />
        <TextField source="recipient" />
        <TextField source="subject" />
        <FunctionField source="state" render={(mail: { state: string }) => <OutboxState state={mail.state} />} />
        <TextField source="attempts" />
        <DateField source="sentAt" showTime />
      </Datagrid>
    </List>
  );
}
