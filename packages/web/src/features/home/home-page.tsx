import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../accounts/api/session.ts';
import { useAmlStatus } from '../aml/api/aml-status.ts';
import { OfficerNotice } from '../aml/components/officer-notice.tsx';
import { CockpitHome } from '../cockpit/components/cockpit-home.tsx';
import { useActiveMembership, useMyOrganisations } from '../organisations/api/my-organisations.ts';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2} data-testid="welcome">
        {t('home.welcome', { firstName: user?.firstName })}
      </Title>
      <FirstSteps />
      <Paper p="lg" withBorder>
        <Text>{t('home.intro')}</Text>
      </Paper>
      <CockpitHome />
    </Stack>
  );
}

/**
 * What a member must do first: without an agency, create or join one; in an agency without an AML
 * officer, become it when eligible (the tool stays closed until one is designated).
 */
function FirstSteps() {
  const { t } = useTranslation();
  const mine = useMyOrganisations();
  const { membership } = useActiveMembership();
  const status = useAmlStatus(membership?.status === 'active');
  if (mine.data && mine.data.memberships.length === 0) {
    return (
      <Paper p="lg" withBorder data-testid="home-first-steps">
        <Stack align="flex-start">
          <Text>{t('home.noAgency')}</Text>
          <Group>
            <Button component={Link} to="/organisations?add=create" data-testid="home-create-agency">
              {t('home.createAgency')}
            </Button>
            <Button
              component={Link}
              to="/organisations?add=join"
              variant="light"
              data-testid="home-join-agency"
            >
              {t('home.joinAgency')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  }
  if (status.data && membership && !status.data.hasOfficer)
    return <OfficerNotice status={status.data} isManager={membership.isManager} />;
  return null;
}
