import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../accounts/api/session.ts';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  return (
    <Stack maw={900} mx="auto">
      <Title order={2} data-testid="welcome">
        {t('home.welcome', { firstName: user?.firstName })}
      </Title>
      <Paper p="lg" withBorder>
        <Text>{t('home.intro')}</Text>
      </Paper>
    </Stack>
  );
}
