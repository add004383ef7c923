import { Card, CardContent } from '@mui/material';
import CategoryIcon from '@mui/icons-material/Category';
import GavelIcon from '@mui/icons-material/Gavel';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import InventoryIcon from '@mui/icons-material/Inventory2';
import LocationCityIcon from '@mui/icons-material/LocationCity';
import TimelineIcon from '@mui/icons-material/Timeline';
import VerifiedIcon from '@mui/icons-material/Verified';
import { FilterList, FilterListItem } from 'react-admin';
import { KBO_ALERTS } from '../../../api/src/domain/kbo-situations';
import { legalFormChoices, recognitionStatusChoices, sectorChoices, stageChoices } from './codes';
import { useMunicipalities } from './useMunicipalities';

/** The sidebar of the register, after react-admin's demo: one click per filter value. */
export function OrganisationListAside() {
  const { choices: municipalities } = useMunicipalities();
  return (
    <Card
      sx={{
        order: -1,
        mr: 2,
        mt: 8,
        width: 240,
        flexShrink: 0,
        display: { xs: 'none', md: 'block' },
        alignSelf: 'flex-start',
      }}
    >
      <CardContent sx={{ pt: 1 }}>
        <FilterList label="traject.organisations.filters.archived" icon={<InventoryIcon />}>
          <FilterListItem label="traject.organisations.filters.active" value={{ archived: false }} />
          <FilterListItem label="traject.organisations.filters.archived_only" value={{ archived: true }} />
        </FilterList>
        <FilterList label="resources.organisations.fields.stage" icon={<TimelineIcon />}>
          {stageChoices.map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ stage: choice.id }} />
          ))}
        </FilterList>
        <FilterList label="resources.organisations.fields.recognitionStatus" icon={<VerifiedIcon />}>
          {recognitionStatusChoices.map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ recognitionStatus: choice.id }} />
          ))}
        </FilterList>
        <FilterList label="resources.organisations.fields.legalForm" icon={<GavelIcon />}>
          {legalFormChoices.map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ legalForm: choice.id }} />
          ))}
        </FilterList>
        <FilterList label="resources.organisations.fields.sectors" icon={<CategoryIcon />}>
          {sectorChoices.map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ sectors: choice.id }} />
          ))}
        </FilterList>
        <FilterList label="resources.organisations.fields.municipality" icon={<LocationCityIcon />}>
          {municipalities.map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ municipality: choice.id }} />
          ))}
        </FilterList>
        <FilterList label="resources.organisations.fields.kboAlert" icon={<ReportProblemIcon />}>
          <FilterListItem label="traject.kbo.alerts.any" value={{ kboAlert: [...KBO_ALERTS] }} />
          {KBO_ALERTS.map((alert) => (
            <FilterListItem key={alert} label={`traject.kbo.alerts.${alert}`} value={{ kboAlert: [alert] }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}
