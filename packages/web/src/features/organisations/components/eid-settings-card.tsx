import { Alert, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { TOrganisation } from '@vigilo/domain/contracts/organisations.ts';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useEidConfig } from '../../eid/api/eid.ts';
import { useUpdateOrganisation } from '../api/organisation.ts';

type TSetting = 'requireEidForTool' | 'officerRequiresEid';
const settings: TSetting[] = ['requireEidForTool', 'officerRequiresEid'];

/** The organisation's eID settings (M1b), changed by managers; each change is audited by the API. */
export function EidSettingsCard({
  organisation,
  canEdit,
}: {
  organisation: TOrganisation;
  canEdit: boolean;
}) {
  const { t } = useTranslation('eid');
  const config = useEidConfig();
  const update = useUpdateOrganisation();
  return (
    <Paper p="lg" mt="md" withBorder data-testid="eid-settings">
      <Stack>
        <Title order={4}>{t('settings.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('settings.intro')}
        </Text>
        {config.data && !config.data.enabled && <Alert color="gray">{t('settings.notConfigured')}</Alert>}
        <ErrorAlert error={update.error} />
        {settings.map((setting) => (
          <Switch
            key={setting}
            data-testid={`eid-setting-${setting}`}
            label={t(`settings.${setting}`)}
            description={t(`settings.${setting}Hint`)}
            checked={organisation[setting]}
            disabled={!canEdit || update.isPending}
            onChange={(e) => update.mutate({ [setting]: e.currentTarget.checked })}
          />
        ))}
        {!canEdit && (
          <Text size="sm" c="dimmed">
            {t('settings.readOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
