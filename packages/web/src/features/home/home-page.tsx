import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/api/session.ts';
import { CockpitHome } from '../cockpit/components/cockpit-home.tsx';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2} data-testid="welcome">
        {t('home.welcome', { firstName: user?.firstName })}
      </Title>
      <Paper p="lg" withBorder>
        <Text>{t('home.intro')}</Text>
      </Paper>
      <CockpitHome />
    </Stack>
  );
}
