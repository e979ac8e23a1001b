import { Alert, Center, Loader, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';

/**
 * The AML officer's pages (goAML reports, annual report, risk assessment) are not shown to anyone else;
 * the API refuses them anyway (403).
 */
export function RequireOfficer({ children }: { children: () => ReactNode }) {
  return <RequireActiveOrganisation>{() => <OfficerOnly>{children}</OfficerOnly>}</RequireActiveOrganisation>;
}

function OfficerOnly({ children }: { children: () => ReactNode }) {
  const { t } = useTranslation('goaml');
  const status = useAmlStatus();
  if (status.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (status.data?.myToolRole !== 'officer' || !status.data.isAllowed) {
    return (
      <Stack maw={720} mx="auto">
        <Alert color="yellow" data-testid="officers-only">
          {t('hub.officersOnly')}
        </Alert>
      </Stack>
    );
  }
  return children();
}
