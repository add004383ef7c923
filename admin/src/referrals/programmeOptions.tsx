import { MenuItem } from '@mui/material';
import type { useTranslate } from 'react-admin';
import { needsProgramme, type PartnerKind } from '../../../api/src/domain/partners';
import type { Programme } from './types';

/**
 * The choices of a referral's programme: "no programme" where the partner's kind allows it, then each programme
 * with its stage. An array, not a component: MUI's Select reads its MenuItem children directly.
 */
export function programmeOptions(
  kind: PartnerKind,
  programmes: Programme[],
  translate: ReturnType<typeof useTranslate>,
) {
  return [
    ...(needsProgramme(kind)
      ? []
      : [
          <MenuItem key="" value="">
            <em>{translate('traject.referrals.no_programme')}</em>
          </MenuItem>,
        ]),
    ...programmes.map((programme) => (
      <MenuItem key={programme.id} value={programme.id}>
        {programme.name} · {translate(`traject.programmes.stages.${programme.stage}`)}
      </MenuItem>
    )),
  ];
}
