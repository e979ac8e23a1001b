import {
  Anchor,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { formatDateTime } from '../../../components/format-date.ts';
import {
  type TGoAmlSettingsView,
  useGoAmlReports,
  useGoAmlSettings,
  useSaveGoAmlSettings,
} from '../api/goaml.ts';
import { RequireOfficer } from '../components/require-officer.tsx';
import { StatusBadge } from '../components/status-badge.tsx';

/** Reports to CTIF-CFI (M8): the agency's goAML settings and every report prepared so far. */
export function GoAmlReportsPage() {
  return <RequireOfficer>{() => <GoAmlReports />}</RequireOfficer>;
}

function GoAmlReports() {
  const { t, i18n } = useTranslation('goaml');
  const reports = useGoAmlReports();
  const settings = useGoAmlSettings();
  return (
    <Stack maw={1100} mx="auto">
      <Anchor component={Link} to="/officer" size="sm">
        {t('hub.back')}
      </Anchor>
      <Title order={2}>{t('list.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('list.intro')}
      </Text>
      {settings.data && (
        <SettingsCard key={settings.data.reportingEntityId ?? 'none'} settings={settings.data} />
      )}
      <ErrorAlert error={reports.error} />
      {reports.data?.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {!!reports.data?.items.length && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="goaml-reports">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.case')}</Table.Th>
                <Table.Th>{t('list.kind')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.updated')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reports.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={r.subjectPath}>
                      {r.title}
                    </Anchor>
                    {r.fiuRefNumber && (
                      <Text size="xs" c="dimmed">
                        {t('list.completes', { reference: r.fiuRefNumber })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`kind.${r.kind}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge state={r.state} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(r.updatedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Button component={Link} to={`/goaml/reports/${r.id}`} size="xs" variant="light">
                      {t('list.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function SettingsCard({ settings }: { settings: TGoAmlSettingsView }) {
  const { t } = useTranslation('goaml');
  const save = useSaveGoAmlSettings();
  const [entityId, setEntityId] = useState<number | string>(settings.reportingEntityId ?? '');
  const [branch, setBranch] = useState(settings.branch);
  return (
    <Paper withBorder p="md" id="goaml-settings">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            { reportingEntityId: typeof entityId === 'number' ? entityId : null, branch },
            { onSuccess: () => notifications.show({ color: 'green', message: t('settings.saved') }) },
          );
        }}
      >
        <Stack>
          <Title order={4}>{t('settings.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('settings.intro')}
          </Text>
          <Group align="flex-end">
            <NumberInput
              label={t('settings.reportingEntityId')}
              value={entityId}
              onChange={setEntityId}
              min={1}
              allowDecimal={false}
              error={fieldOrCodeError(t, save.error, 'reportingEntityId')}
              data-testid="goaml-entity-id"
            />
            <TextInput
              label={t('settings.branch')}
              description={t('settings.branchHint')}
              value={branch}
              onChange={(e) => setBranch(e.currentTarget.value)}
            />
            <Button type="submit" loading={save.isPending} data-testid="goaml-save-settings">
              {t('settings.save')}
            </Button>
          </Group>
          <Text size="sm">{t('settings.profile', { name: settings.profile.name })}</Text>
          {settings.profile.isBuiltIn && (
            <Text size="sm" c="orange">
              {t('settings.builtIn')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
