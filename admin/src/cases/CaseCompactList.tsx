import { ReferenceField, SimpleList, useTranslate } from 'react-admin';
import { formatDay } from '../../../api/src/domain';
import type { Case } from './types';

/** Cases on a phone: the organisation, then the stage (and title), then the next action's day. */
export function CaseCompactList({ withTitle = false }: { withTitle?: boolean }) {
  const translate = useTranslate();
  return (
    <SimpleList<Case>
      rowClick="show"
      primaryText={(record) => (
        <ReferenceField record={record} source="organisationId" reference="organisations" link={false} />
      )}
      secondaryText={(record) => {
        const stage = translate(`traject.stages.${record.stage}`);
        return withTitle ? `${stage} · ${record.title}` : stage;
      }}
      tertiaryText={(record) => (record.nextActionOn ? formatDay(record.nextActionOn) : '')}
    />
  );
}
