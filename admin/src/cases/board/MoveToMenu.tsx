import { useState } from 'react';
import { Button, Menu, MenuItem } from '@mui/material';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import { useTranslate } from 'react-admin';
import { OPEN_STAGES } from '../codes';

/**
 * The keyboard and touch alternative to dragging a card (WCAG 2.1.1, 2.5.1): a button on each card opening
 * the other stages as a menu (arrow keys, Enter, Escape handled by MUI's Menu).
 */
export function MoveToMenu({
  caseId,
  name,
  stage,
  onMove,
}: {
  caseId: string;
  name: string;
  stage: string;
  onMove: (stage: string) => void;
}) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = `move-${caseId}`;
  return (
    <>
      <Button
        size="small"
        variant="text"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        aria-label={translate('traject.a11y.move_card', { name })}
        data-move-button={caseId}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ alignSelf: 'flex-start', minHeight: 44, px: 1, ml: -1 }}
      >
        {translate('traject.a11y.move_to')}
      </Button>
      {/* Not portalled: the open menu stays inside the page's main region. */}
      <Menu id={menuId} anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)} disablePortal>
        {OPEN_STAGES.filter((other) => other !== stage).map((other) => (
          <MenuItem
            key={other}
            sx={{ minHeight: 44 }}
            onClick={() => {
              setAnchor(null);
              onMove(other);
            }}
          >
            {translate('traject.a11y.move_to_stage', { stage: translate(`traject.stages.${other}`) })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
