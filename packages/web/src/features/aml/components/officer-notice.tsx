import { Alert, Button, Stack, Text } from '@mantine/core';
import type { TAmlStatus } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useClaimOfficer } from '../api/aml-status.ts';

/**
 * Every agency must designate at least one AML officer (law of 18 September 2017
 * art. 9). Without one, the notice is prominent; with one, members allowed to become officer are offered
 * it too, as on the existing service's notifications page.
 */
export function OfficerNotice({ status, isManager }: { status: TAmlStatus; isManager: boolean }) {
  const { t } = useTranslation('aml');
  const claim = useClaimOfficer();
  if (status.myToolRole === 'officer') return null;
  if (status.hasOfficer && !status.canBecomeOfficer) return null;
  const claimButton = status.canBecomeOfficer && (
    <Button
      variant={status.hasOfficer ? 'filled' : 'white'}
      color={status.hasOfficer ? 'blue' : 'orange'}
      loading={claim.isPending}
      onClick={() => claim.mutate(undefined)}
      data-testid="become-officer"
    >
      {t('officer.become')}
    </Button>
  );
  if (status.hasOfficer) {
    return (
      <Alert color="blue" title={t('officer.canBecomeTitle')} data-testid="aml-can-become-officer">
        <Stack align="flex-start">
          <ErrorAlert error={claim.error} />
          {claimButton}
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert
      color="orange"
      variant="filled"
      title={status.canBecomeOfficer ? t('officer.noneTitle') : t('officer.noneTitlePlain')}
      data-testid="aml-no-officer"
    >
      <Stack align="flex-start">
        <Text size="sm">{t('officer.noneConsequence')}</Text>
        {!status.canBecomeOfficer && (
          <Text size="sm">{isManager ? t('officer.designateAsManager') : t('officer.askManager')}</Text>
        )}
        <ErrorAlert error={claim.error} />
        {claimButton}
      </Stack>
    </Alert>
  );
}
