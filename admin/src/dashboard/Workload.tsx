import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { LinkBase, useGetList, useTranslate } from 'react-admin';
import { startOfMonth } from '../common/days';
import type { StaffMember } from './AssignSelect';
import { listLink } from './Widget';

/** A count from Content-Range alone: `range=[0,0]`, one row fetched. */
function useCount(resource: string, filter: Record<string, unknown>) {
  const { total } = useGetList(resource, {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
  return total;
}

function WorkloadRow({ member, monthStart }: { member: StaffMember; monthStart: string }) {
  const openCases = useCount('cases', { advisorId: member.id, status: 'open' });
  const meetings = useCount('meetings', { authorId: member.id, occurredAt_gte: monthStart });
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {member.fullName}
      </TableCell>
      <TableCell align="right">
        <LinkBase to={listLink('cases', { advisorId: member.id, status: 'open' })}>{openCases ?? '…'}</LinkBase>
      </TableCell>
      <TableCell align="right">{meetings ?? '…'}</TableCell>
    </TableRow>
  );
}

/** Per active advisor or coordinator: open cases, meetings this month. */
export function Workload({ staff }: { staff: StaffMember[] }) {
  const translate = useTranslate();
  const monthStart = startOfMonth();
  return (
    <Table size="small" aria-label={translate('traject.home.workload')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('traject.home.person')}</TableCell>
          <TableCell align="right">{translate('traject.home.open_cases')}</TableCell>
          <TableCell align="right">{translate('traject.home.meetings_month')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {staff.map((member) => (
          <WorkloadRow key={member.id} member={member} monthStart={monthStart} />
        ))}
      </TableBody>
    </Table>
  );
}
