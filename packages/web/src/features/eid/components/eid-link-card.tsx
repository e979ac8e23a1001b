import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { TMe } from '@vigilo/domain/contracts/accounts.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useEidConfig, useStartEidLink } from '../api/eid.ts';

/** The profile's eID card: "Link my eID", or the linked state (seed: one eID per account, support changes it). */
export function EidLinkCard({ me }: { me: TMe }) {
  const { t } = useTranslation('eid');
  const config = useEidConfig();
  const start = useStartEidLink();
  if (!me.eidLinked && !config.data?.enabled) return null;
  return (
    <Paper p="lg" withBorder data-testid="eid-card">
      <Stack>
        <Title order={4}>{t('profile.title')}</Title>
        {me.eidLinked ? (
          <>
            <Alert color="green" data-testid="eid-linked">
              {t('profile.linked')}
            </Alert>
            <Text size="sm" c="dimmed">
              {t('profile.support')}
            </Text>
          </>
        ) : (
          <>
            <Text size="sm">{t('profile.intro')}</Text>
            <ErrorAlert error={start.error} />
            <Button
              onClick={() => start.mutate()}
              loading={start.isPending || start.isSuccess}
              data-testid="eid-link"
            >
              {t('profile.link')}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
