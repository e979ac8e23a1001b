import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TAmlStatus } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { StepDownActions } from './step-down-actions.tsx';

/** What I may do in the AML tool for this organisation, and how to change it. */
export function MyAccessCard({ status }: { status: TAmlStatus }) {
  const { t } = useTranslation('aml');
  return (
    <Paper p="lg" withBorder data-testid="aml-my-access">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('access.title')}</Title>
          <Badge
            size="lg"
            variant="light"
            color={
              status.myToolRole === 'officer'
                ? 'grape'
                : status.myToolRole === 'collaborator'
                  ? 'blue'
                  : 'gray'
            }
          >
            {t(`organisations:toolRoles.${status.myToolRole}`)}
          </Badge>
        </Group>
        {status.myToolRole === 'none' && (
          <>
            <Text size="sm" data-testid="aml-no-access">
              {t('access.noneText')}
            </Text>
            {!status.hasRequiredRecognition && <Text size="sm">{t('access.recognitionMissing')}</Text>}
          </>
        )}
        {status.myToolRole === 'collaborator' && <Text size="sm">{t('access.collaboratorText')}</Text>}
        {status.myToolRole === 'officer' && (
          <>
            <Text size="sm">{t('access.officerText')}</Text>
            <StepDownActions />
          </>
        )}
      </Stack>
    </Paper>
  );
}
