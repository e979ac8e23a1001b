import {
  Alert,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
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
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format-date.ts';
import { ApiError } from '../../../lib/api.ts';
import { useSession } from '../../accounts/api/session.ts';
import { useActivateGoAmlProfile, useGoAmlProfiles, useUploadGoAmlProfile } from '../api/goaml.ts';

/**
 * FIU schema profiles (platform administrators): upload CTIF-CFI's XSD and a code-mapping file; every
 * goAML report is validated against the active profile's XSD before it can be downloaded.
 */
export function GoAmlProfilesPage() {
  const { t } = useTranslation('goaml');
  const session = useSession();
  const isAdmin = session.data?.user?.isPlatformAdmin === true;
  if (!isAdmin) return <Alert color="yellow">{t('admin.notAllowed')}</Alert>;
  return <Profiles />;
}

function Profiles() {
  const { t, i18n } = useTranslation('goaml');
  const profiles = useGoAmlProfiles(true);
  const activate = useActivateGoAmlProfile();
  return (
    <Stack maw={1100} mx="auto">
      <Title order={2}>{t('admin.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('admin.intro')}
      </Text>
      <ErrorAlert error={profiles.error ?? activate.error} />
      <Table data-testid="goaml-profiles">
        <Table.Tbody>
          {profiles.data?.items.map((p) => (
            <Table.Tr key={p.id ?? 'built-in'}>
              <Table.Td>
                <Text fw={500}>{p.name}</Text>
                <Text size="xs" c="dimmed">
                  {`${p.xsdFilename} — ${t('admin.sha', { sha: p.xsdSha256.slice(0, 16) })}`}
                </Text>
              </Table.Td>
              <Table.Td>
                {p.createdAt ? formatDateTime(p.createdAt, i18n.language) : t('admin.builtIn')}
              </Table.Td>
              <Table.Td>
                {p.isActive ? (
                  <Badge color="green">{t('admin.active')}</Badge>
                ) : (
                  <Button size="xs" variant="light" onClick={() => activate.mutate(p.id)}>
                    {t('admin.makeActive')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <UploadForm />
    </Stack>
  );
}

function UploadForm() {
  const { t } = useTranslation('goaml');
  const upload = useUploadGoAmlProfile();
  const [name, setName] = useState('');
  const [xsd, setXsd] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [activate, setActivate] = useState(true);
  const [parseError, setParseError] = useState(false);
  const details = upload.error instanceof ApiError ? (upload.error.body.details ?? []) : [];
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!xsd || !mapping) return;
          let parsed: unknown;
          try {
            parsed = JSON.parse(await mapping.text());
            setParseError(false);
          } catch {
            setParseError(true);
            return;
          }
          upload.mutate(
            { name, xsdFilename: xsd.name, xsd: await xsd.text(), mapping: parsed, activate },
            { onSuccess: () => notifications.show({ color: 'green', message: t('admin.uploaded') }) },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t('admin.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <FileInput
            label={t('admin.xsdFile')}
            accept=".xsd,.xml"
            value={xsd}
            onChange={setXsd}
            required
            error={fieldError(upload.error, 'xsd')}
          />
          <FileInput
            label={t('admin.mappingFile')}
            accept=".json,application/json"
            value={mapping}
            onChange={setMapping}
            required
            error={parseError ? t('errors:goaml_profile_invalid') : undefined}
          />
          <Checkbox
            label={t('admin.activate')}
            checked={activate}
            onChange={(e) => setActivate(e.currentTarget.checked)}
          />
          <ErrorAlert error={upload.error} />
          {details.map((d) => (
            <Text key={d.field} size="sm" c="red">
              {`${d.field}: ${d.message}`}
            </Text>
          ))}
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('admin.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
