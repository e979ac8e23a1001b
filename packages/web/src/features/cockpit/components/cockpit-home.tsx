import { Anchor, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { useSession } from '../../accounts/api/session.ts';
import { useAmlStatus } from '../../aml/api/aml-status.ts';
import { useActiveMembership } from '../../organisations/api/my-organisations.ts';
import { useAgencyCockpit, useOfficerCockpit } from '../api/cockpit.ts';

// The charts (recharts) load with the cockpit's parts, not with the home page every user opens.
const OfficerCockpit = lazy(() =>
  import('./officer-cockpit.tsx').then((m) => ({ default: m.OfficerCockpit })),
);
const AgencyCockpit = lazy(() => import('./agency-cockpit.tsx').then((m) => ({ default: m.AgencyCockpit })));

/**
 * The cockpit on the home page: the officer's part for the AML officer, the agency part for the officer
 * and the managers, a link to the operator page for the platform administrator. Others see nothing here.
 */
export function CockpitHome() {
  const { t } = useTranslation('cockpit');
  const isAdmin = Boolean(useSession().data?.user?.isPlatformAdmin);
  const { membership } = useActiveMembership();
  const isActive = membership?.status === 'active';
  const status = useAmlStatus(isActive);
  const isOfficer = Boolean(status.data?.isAllowed && status.data.myToolRole === 'officer');
  const isToolUser = Boolean(status.data?.isAllowed && status.data.myToolRole !== 'none');
  const seesAgency = isActive && (isOfficer || Boolean(membership?.isManager));
  return (
    <Stack gap="lg">
      {isAdmin && (
        <Anchor component={Link} to="/admin/operator" data-testid="cockpit-operator-link">
          {t('operator.link')}
        </Anchor>
      )}
      {isToolUser && (
        <Anchor component={Link} to="/client-links" data-testid="client-links-link">
          {t('clientLinks')}
        </Anchor>
      )}
      {isOfficer && <OfficerPart />}
      {seesAgency && <AgencyPart isOfficer={isOfficer} />}
    </Stack>
  );
}

function OfficerPart() {
  const { t, i18n } = useTranslation('cockpit');
  const query = useOfficerCockpit(true);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loading />;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('officerTitle')}</Title>
        <Text size="xs" c="dimmed">
          {t('computedAt', { date: formatDateTime(query.data.computedAt, i18n.language) })}
        </Text>
      </Group>
      <Suspense fallback={<Loading />}>
        <OfficerCockpit data={query.data} />
      </Suspense>
    </Stack>
  );
}

function AgencyPart({ isOfficer }: { isOfficer: boolean }) {
  const { t } = useTranslation('cockpit');
  const query = useAgencyCockpit(true);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loading />;
  return (
    <Stack gap="sm">
      <Title order={3}>{t('agencyTitle')}</Title>
      <Suspense fallback={<Loading />}>
        <AgencyCockpit data={query.data} isOfficer={isOfficer} />
      </Suspense>
    </Stack>
  );
}

function Loading() {
  const { t } = useTranslation('cockpit');
  return (
    <Center>
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}
