import { Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import type { TMyMembership } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSession } from '../../accounts/api/session.ts';
import { useOrganisation } from '../api/organisation.ts';
import { ActivityPanel } from '../components/activity-panel.tsx';
import { EidSettingsCard } from '../components/eid-settings-card.tsx';
import { MembersPanel } from '../components/members-panel.tsx';
import { OrganisationDetailsForm } from '../components/organisation-details-form.tsx';
import { PendingMembersBadge } from '../components/pending-members-badge.tsx';
import { RequireActiveOrganisation } from '../components/require-active-organisation.tsx';

const tabs = ['details', 'members', 'activity'] as const;
type TTab = (typeof tabs)[number];

/** The active organisation: its data, its employees and (for managers) its activity. */
export function OrganisationPage() {
  return (
    <RequireActiveOrganisation>
      {(membership) => <OrganisationView membership={membership} />}
    </RequireActiveOrganisation>
  );
}

function OrganisationView({ membership }: { membership: TMyMembership }) {
  const { t } = useTranslation('organisations');
  const myUserId = useSession().data?.user?.id ?? '';
  const organisation = useOrganisation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TTab | null;
  const canManage = membership.isManager;
  const tab: TTab =
    requested && tabs.includes(requested) && (requested !== 'activity' || canManage) ? requested : 'details';
  if (organisation.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!organisation.data) return <ErrorAlert error={organisation.error} />;
  const org = organisation.data;
  return (
    <Stack maw={1200} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} data-testid="organisation-name">
            {org.name}
          </Title>
          <Text c="dimmed">{t('details.enterpriseNumber', { number: org.enterpriseNumberFormatted })}</Text>
        </div>
        <Group gap="xs">
          {(canManage || membership.toolRole === 'officer') && (
            <Button component={Link} to="/organisation/api-keys" variant="light" size="xs">
              {t('api-keys:link')}
            </Button>
          )}
          {(canManage || membership.toolRole === 'officer') && (
            <Button component={Link} to="/organisation/webhooks" variant="light" size="xs">
              {t('webhooks:link')}
            </Button>
          )}
          {canManage && <Badge variant="light">{t('details.youAreManager')}</Badge>}
          <Badge color={org.isAllowed ? 'green' : 'red'} variant="light">
            {org.isAllowed ? t('details.allowed') : t('details.notAllowed')}
          </Badge>
          {!org.hasOfficer && (
            <Badge color="orange" variant="light">
              {t('details.noOfficer')}
            </Badge>
          )}
        </Group>
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setParams(value && value !== 'details' ? { tab: value } : {})}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="details">{t('tabs.details')}</Tabs.Tab>
          <Tabs.Tab
            value="members"
            data-testid="members-tab"
            rightSection={canManage ? <PendingMembersBadge count={membership.pendingMembers} /> : undefined}
          >
            {t('tabs.members')}
          </Tabs.Tab>
          {canManage && (
            <Tabs.Tab value="activity" data-testid="activity-tab">
              {t('tabs.activity')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="details" pt="md">
          <OrganisationDetailsForm key={org.id} organisation={org} canEdit={canManage} />
          <EidSettingsCard organisation={org} canEdit={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="members" pt="md">
          <MembersPanel myUserId={myUserId} canManage={canManage} organisationName={org.name} />
        </Tabs.Panel>
        {canManage && (
          <Tabs.Panel value="activity" pt="md">
            <ActivityPanel />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
