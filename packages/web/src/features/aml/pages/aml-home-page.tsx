import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { TMyMembership } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode } from '../../../components/form-errors.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { useAmlStatus } from '../api/aml-status.ts';
import { MyAccessCard } from '../components/my-access-card.tsx';
import { NotAllowedNotice } from '../components/not-allowed-notice.tsx';
import { OfficerNotice } from '../components/officer-notice.tsx';

/** The landing page of the AML tool: may the organisation use it, who is the officer, what may I do. */
export function AmlHomePage() {
  return (
    <RequireActiveOrganisation>
      {(membership) => <AmlHome membership={membership} />}
    </RequireActiveOrganisation>
  );
}

function AmlHome({ membership }: { membership: TMyMembership }) {
  const { t } = useTranslation('aml');
  const status = useAmlStatus();
  const organisation = membership.organisation;
  const notAllowed = status.data
    ? !status.data.isAllowed
    : errorCode(status.error) === 'organisation_not_allowed';
  return (
    <Stack maw={900} mx="auto">
      <div>
        <Title order={2} data-testid="aml-title">
          {t('title')}
        </Title>
        <Text c="dimmed">{organisation.name}</Text>
      </div>
      {status.isPending ? (
        <Center>
          <Loader aria-label={t('common:loading')} />
        </Center>
      ) : notAllowed ? (
        <NotAllowedNotice enterpriseNumber={organisation.enterpriseNumberFormatted} />
      ) : status.data ? (
        <>
          <OfficerNotice status={status.data} isManager={membership.isManager} />
          <MyAccessCard status={status.data} />
        </>
      ) : (
        <ErrorAlert error={status.error} />
      )}
    </Stack>
  );
}
