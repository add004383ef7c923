import { useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { proposalFromEnterprise, KboProposal as Proposal } from '../../../api/src/domain/kbo-enterprise';
import { formattedEnterpriseNumber } from '../organisations/enterpriseNumber';
import { fetchEnterprise, KboNameMatch, searchEnterprises } from './kboApi';

type ProposedField = 'name' | 'legalForm' | 'street' | 'postcode' | 'registeredOn' | 'sectors';
const FIELDS: ProposedField[] = ['name', 'legalForm', 'street', 'postcode', 'registeredOn', 'sectors'];

/**
 * Under the enterprise number: once a valid number is typed, what the loaded KBO extract says of
 * it, field by field, each taken over with a click; without a number, enterprises whose name looks
 * like the one typed. Without an extract nothing shows.
 */
export function KboProposal() {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const number = useWatch({ name: 'enterpriseNumber' }) as string | null | undefined;
  const name = useWatch({ name: 'name' }) as string | null | undefined;
  const languages = useWatch({ name: 'languages' }) as string[] | undefined;
  const [proposal, setProposal] = useState<Proposal | null | 'none'>(null);
  const [matches, setMatches] = useState<KboNameMatch[]>([]);
  const valid = number ? formattedEnterpriseNumber(String(number)) : null;

  useEffect(() => {
    setProposal(null);
    if (!valid) return;
    let current = true;
    fetchEnterprise(valid)
      .then(
        (enterprise) =>
          current && setProposal(enterprise ? proposalFromEnterprise(enterprise, languages?.[0] ?? 'fr') : 'none'),
      )
      .catch(() => current && setProposal(null));
    return () => {
      current = false;
    };
  }, [valid, languages]);

  useEffect(() => {
    setMatches([]);
    if (number || !name || name.trim().length < 4) return;
    let current = true;
    const timer = setTimeout(
      () =>
        searchEnterprises(name)
          .then((found) => current && setMatches(found.slice(0, 5)))
          .catch(() => undefined),
      400,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [number, name]);

  const use = (field: ProposedField) => {
    if (proposal && proposal !== 'none' && proposal[field] !== null)
      setValue(field, proposal[field], { shouldDirty: true, shouldValidate: true });
  };

  if (proposal === 'none')
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('traject.kbo.not_in_extract')}
      </Typography>
    );
  if (proposal) {
    const shown = FIELDS.filter((field) =>
      Array.isArray(proposal[field]) ? (proposal[field] as string[]).length : proposal[field],
    );
    return (
      <Card variant="outlined" sx={{ mb: 2, width: '100%' }} data-testid="kbo-proposal">
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="subtitle2" component="h2">
              {translate('traject.kbo.proposal_title')}
            </Typography>
            <Button size="small" onClick={() => shown.forEach(use)}>
              {translate('traject.kbo.use_all')}
            </Button>
          </Box>
          {shown.map((field) => (
            <Box key={field} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="body2" sx={{ minWidth: 140 }} color="text.secondary">
                {translate(`resources.organisations.fields.${field}`)}
              </Typography>
              <Typography variant="body2" sx={{ flex: 1 }}>
                {field === 'legalForm'
                  ? translate(`traject.legal_forms.${proposal.legalForm}`)
                  : field === 'sectors'
                    ? proposal.sectors.map((s) => translate(`traject.sectors.${s}`)).join(', ')
                    : String(proposal[field])}
              </Typography>
              <Button
                size="small"
                onClick={() => use(field)}
                aria-label={`${translate('traject.kbo.use')}: ${translate(`resources.organisations.fields.${field}`)}`}
              >
                {translate('traject.kbo.use')}
              </Button>
            </Box>
          ))}
        </CardContent>
      </Card>
    );
  }
  if (!matches.length) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }} data-testid="kbo-matches">
      <Typography variant="subtitle2" component="h2">
        {translate('traject.kbo.matches_title')}
      </Typography>
      {matches.map((match) => (
        <Box key={match.enterpriseNumber} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ flex: 1 }}>
            {match.name} · {match.enterpriseNumber}
            {match.zipcode ? ` · ${match.zipcode} ${match.municipality ?? ''}` : ''}
          </Typography>
          <Button
            size="small"
            onClick={() =>
              setValue('enterpriseNumber', match.enterpriseNumber, { shouldDirty: true, shouldValidate: true })
            }
          >
            {translate('traject.kbo.use_number')}
          </Button>
        </Box>
      ))}
    </Alert>
  );
}
