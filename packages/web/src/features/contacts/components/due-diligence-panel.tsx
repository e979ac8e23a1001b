import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TContactDetail, TDueDiligence } from '@vigilo/domain/contracts/contacts.ts';
import type { TRiskProfile } from '@vigilo/domain/contracts/risk.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateField } from '../../../components/date-field.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { api } from '../../../lib/api.ts';
import { documentDownloadUrl, useContactDocuments } from '../api/documents.ts';
import { contactKeys } from '../api/keys.ts';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** Posts one due-diligence record; the contact page and its profiles' hard stops change with it. */
function useRecord(contactId: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown): Promise<TDueDiligence> =>
      api('POST', `/api/contacts/${contactId}/${path}`, body),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
        client.invalidateQueries({ queryKey: ['org', 'risk-profiles'] }),
      ]),
  });
}

/**
 * What due diligence of a contact still lacks (issue 14, item 4): mandatory identification data, and each
 * beneficial owner's verification against a document or the UBO register — recording an owner is not
 * verifying them. For an entity, its UBO register extracts compared with the recorded owners (item 8).
 */
export function DueDiligencePanel({ contact }: { contact: TContactDetail }) {
  const { t } = useTranslation('contacts');
  const dd = contact.dueDiligence;
  return (
    <Paper withBorder p="md" data-testid="due-diligence">
      <Stack>
        <Title order={4}>{t('dueDiligence.title')}</Title>
        <MissingData missing={dd.missingData} />
        {dd.missingData.length === 0 && dd.beneficialOwners.every((o) => o.verification) && (
          <Text size="sm" c="dimmed" data-testid="due-diligence-complete">
            {t('dueDiligence.complete')}
          </Text>
        )}
        {dd.beneficialOwners.length > 0 && <OwnersVerification contact={contact} />}
        {dd.uboRegister && <UboRegister contact={contact} register={dd.uboRegister} />}
      </Stack>
    </Paper>
  );
}

function MissingData({ missing }: { missing: string[] }) {
  const { t } = useTranslation('contacts');
  if (missing.length === 0) return null;
  return (
    <Alert color="red" title={t('dueDiligence.missingTitle')} data-testid="missing-data">
      <List size="sm">
        {missing.map((code) => (
          <List.Item key={code}>{t(`dueDiligence.field.${code}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** On the risk profile: exactly what blocks acceptance, with a link to where it is completed. */
export function DueDiligenceGaps({ profile }: { profile: TRiskProfile }) {
  const { t } = useTranslation('contacts');
  const gaps = profile.dueDiligenceGaps;
  if (gaps.missingData.length === 0 && gaps.unverifiedBeneficialOwners.length === 0) return null;
  return (
    <Alert color="red" title={t('dueDiligence.gapsTitle')} data-testid="due-diligence-gaps">
      <Stack gap="xs">
        {gaps.missingData.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t('dueDiligence.missingTitle')}
            </Text>
            <List size="sm">
              {gaps.missingData.map((code) => (
                <List.Item key={code}>{t(`dueDiligence.field.${code}`)}</List.Item>
              ))}
            </List>
          </div>
        )}
        {gaps.unverifiedBeneficialOwners.length > 0 && (
          <div>
            <Text size="sm" fw={500}>
              {t('dueDiligence.unverifiedTitle')}
            </Text>
            <List size="sm">
              {gaps.unverifiedBeneficialOwners.map((o) => (
                <List.Item key={o.contactId}>{o.displayName}</List.Item>
              ))}
            </List>
          </div>
        )}
        <Anchor component={Link} to={`/contacts/${profile.contactId}`} size="sm">
          {t('dueDiligence.complete_it')}
        </Anchor>
      </Stack>
    </Alert>
  );
}

function OwnersVerification({ contact }: { contact: TContactDetail }) {
  const { t, i18n } = useTranslation('contacts');
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Text fw={500}>{t('dueDiligence.ownersTitle')}</Text>
      <Text size="sm" c="dimmed">
        {t('dueDiligence.ownersHint')}
      </Text>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="xs" data-testid="owner-verifications">
          <Table.Tbody>
            {contact.dueDiligence.beneficialOwners.map((owner) => {
              const v = owner.verification;
              return (
                <Table.Tr key={owner.contactId} data-testid="owner-verification">
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts/${owner.contactId}`}>
                      {owner.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {v ? (
                      <Stack gap={2}>
                        <Badge color="green" variant="light">
                          {t('dueDiligence.verified')}
                        </Badge>
                        <Text size="xs">
                          {t(`dueDiligence.method.${v.method}`)}
                          {v.documentName && ` — ${v.documentName}`}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('dueDiligence.verifiedBy', {
                            date: formatDate(v.verifiedOn, i18n.language),
                            name: v.verifiedByName ?? '—',
                          })}
                        </Text>
                      </Stack>
                    ) : (
                      <Badge color="red" variant="light">
                        {t('dueDiligence.notVerified')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={v ? 'subtle' : 'light'}
                      onClick={() => setOpen(open === owner.contactId ? null : owner.contactId)}
                      data-testid="verify-owner"
                    >
                      {t(v ? 'dueDiligence.verifyAgain' : 'dueDiligence.verify')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && <VerifyOwnerForm contact={contact} ownerId={open} onDone={() => setOpen(null)} />}
    </Stack>
  );
}

function VerifyOwnerForm(props: { contact: TContactDetail; ownerId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation('contacts');
  const { contact, ownerId } = props;
  const extracts = contact.dueDiligence.uboRegister?.extracts ?? [];
  const [method, setMethod] = useState<'document' | 'ubo-register'>('document');
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [extractId, setExtractId] = useState<string | null>(extracts[0]?.id ?? null);
  const [verifiedOn, setVerifiedOn] = useState(todayIso());
  const ownDocs = useContactDocuments(contact.id);
  const ownerDocs = useContactDocuments(ownerId);
  const record = useRecord(contact.id, 'beneficial-owner-verifications');
  const owner = contact.dueDiligence.beneficialOwners.find((o) => o.contactId === ownerId);
  const documents = [...(ownerDocs.data ?? []), ...(ownDocs.data ?? [])];
  return (
    <Paper withBorder p="sm" data-testid="verify-owner-form">
      <Stack gap="xs">
        <Text fw={500}>{t('dueDiligence.verifyTitle', { name: owner?.displayName ?? '' })}</Text>
        <Group grow align="flex-start">
          <Select
            label={t('dueDiligence.methodLabel')}
            data={[
              { value: 'document', label: t('dueDiligence.method.document') },
              ...(extracts.length
                ? [{ value: 'ubo-register', label: t('dueDiligence.method.ubo-register') }]
                : []),
            ]}
            value={method}
            allowDeselect={false}
            onChange={(value) => value && setMethod(value as typeof method)}
          />
          {method === 'document' ? (
            <Select
              label={t('dueDiligence.document')}
              placeholder={documents.length ? undefined : t('dueDiligence.noDocument')}
              data={documents.map((d) => ({
                value: d.id,
                label: `${d.filename} (${t(`options.documentPurpose.${d.purpose}`)})`,
              }))}
              value={documentId}
              onChange={setDocumentId}
              data-testid="verify-document"
            />
          ) : (
            <Select
              label={t('dueDiligence.extract')}
              data={extracts.map((e) => ({
                value: e.id,
                label: t('dueDiligence.extractOf', { date: formatDate(e.extractDate, i18n.language) }),
              }))}
              value={extractId}
              allowDeselect={false}
              onChange={setExtractId}
            />
          )}
          <DateField
            label={t('dueDiligence.verifiedOn')}
            value={verifiedOn}
            maxDate={todayIso()}
            onChange={setVerifiedOn}
          />
        </Group>
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button
            loading={record.isPending}
            disabled={method === 'document' ? !documentId : !extractId}
            data-testid="verify-owner-submit"
            onClick={() =>
              record.mutate(
                {
                  ownerContactId: ownerId,
                  method,
                  verifiedOn,
                  ...(method === 'document' ? { documentId } : { uboRegisterExtractId: extractId }),
                },
                { onSuccess: props.onDone },
              )
            }
          >
            {t('dueDiligence.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

type TRegister = NonNullable<TDueDiligence['uboRegister']>;

function UboRegister({ contact, register }: { contact: TContactDetail; register: TRegister }) {
  const { t, i18n } = useTranslation('contacts');
  const comparison = register.comparison;
  return (
    <Stack gap="xs" data-testid="ubo-register">
      <Text fw={500}>{t('dueDiligence.register.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('dueDiligence.register.hint')}
      </Text>
      {register.extracts.length === 0 && (
        <Alert color="yellow" variant="light">
          {t('dueDiligence.register.none')}
        </Alert>
      )}
      {register.extracts.map((e) => (
        <Text key={e.id} size="sm">
          <Anchor href={documentDownloadUrl(e.documentId)}>
            {t('dueDiligence.extractOf', { date: formatDate(e.extractDate, i18n.language) })}
          </Anchor>
          {' — '}
          {e.listedOwners.length
            ? e.listedOwners
                .map((p) => (p.birthDate ? `${p.name} (${formatDate(p.birthDate, i18n.language)})` : p.name))
                .join(', ')
            : t('dueDiligence.register.nobodyListed')}
        </Text>
      ))}
      {comparison && !comparison.differs && (
        <Alert color="green" variant="light" data-testid="ubo-register-matches">
          {t('dueDiligence.register.matches')}
        </Alert>
      )}
      {comparison?.differs && (
        <Alert
          color="orange"
          title={t('dueDiligence.register.differsTitle')}
          data-testid="ubo-register-differs"
        >
          <Stack gap={4}>
            {comparison.onlyRecorded.length > 0 && (
              <Text size="sm">
                {t('dueDiligence.register.onlyRecorded', {
                  names: comparison.onlyRecorded.map((o) => o.displayName).join(', '),
                })}
              </Text>
            )}
            {comparison.onlyInRegister.length > 0 && (
              <Text size="sm">
                {t('dueDiligence.register.onlyInRegister', {
                  names: comparison.onlyInRegister.map((p) => p.name).join(', '),
                })}
              </Text>
            )}
            <Text size="sm">{t('dueDiligence.register.reportIt')}</Text>
          </Stack>
        </Alert>
      )}
      {register.discrepancyReports.map((r) => (
        <Text key={r.id} size="sm" data-testid="ubo-discrepancy-report">
          {t('dueDiligence.register.reported', {
            date: formatDate(r.reportedOn, i18n.language),
            reference: r.reference || '—',
            name: r.recordedByName ?? '—',
          })}
          {r.note && ` — ${r.note}`}
        </Text>
      ))}
      <ExtractForm contactId={contact.id} />
      {comparison?.differs && <DiscrepancyForm contactId={contact.id} extractId={comparison.extractId} />}
    </Stack>
  );
}

/** One person per line: the name, then optionally `;` and the birth date (YYYY-MM-DD). */
function parseListed(text: string) {
  return text
    .split('\n')
    .map((line) => line.split(';').map((part) => part.trim()))
    .filter(([name]) => name)
    .map(([name, birthDate]) => ({ name: name!, birthDate: birthDate || null }));
}

function ExtractForm({ contactId }: { contactId: string }) {
  const { t } = useTranslation('contacts');
  const documents = useContactDocuments(contactId);
  const record = useRecord(contactId, 'ubo-register-extracts');
  const extracts = (documents.data ?? []).filter((d) => d.purpose === 'ubo_register');
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [extractDate, setExtractDate] = useState(todayIso());
  const [listed, setListed] = useState('');
  return (
    <Paper withBorder p="sm" data-testid="ubo-extract-form">
      <Stack gap="xs">
        <Text fw={500}>{t('dueDiligence.register.record')}</Text>
        {extracts.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('dueDiligence.register.uploadFirst')}
          </Text>
        )}
        <Group grow align="flex-start">
          <Select
            label={t('dueDiligence.document')}
            data={extracts.map((d) => ({ value: d.id, label: d.filename }))}
            value={documentId}
            onChange={setDocumentId}
            data-testid="ubo-extract-document"
          />
          <DateField
            label={t('dueDiligence.register.extractDate')}
            value={extractDate}
            maxDate={todayIso()}
            onChange={setExtractDate}
          />
        </Group>
        <Textarea
          label={t('dueDiligence.register.listed')}
          description={t('dueDiligence.register.listedHint')}
          autosize
          minRows={2}
          value={listed}
          onChange={(e) => setListed(e.currentTarget.value)}
          data-testid="ubo-extract-listed"
        />
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button
            disabled={!documentId}
            loading={record.isPending}
            data-testid="ubo-extract-submit"
            onClick={() =>
              record.mutate(
                { documentId, extractDate, listedOwners: parseListed(listed) },
                { onSuccess: () => setListed('') },
              )
            }
          >
            {t('dueDiligence.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DiscrepancyForm({ contactId, extractId }: { contactId: string; extractId: string }) {
  const { t } = useTranslation('contacts');
  const record = useRecord(contactId, 'ubo-discrepancy-reports');
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="sm" data-testid="ubo-discrepancy-form">
      <Stack gap="xs">
        <Text fw={500}>{t('dueDiligence.register.reportTitle')}</Text>
        <Group grow align="flex-start">
          <DateField
            label={t('dueDiligence.register.reportedOn')}
            value={reportedOn}
            maxDate={todayIso()}
            onChange={setReportedOn}
          />
          <TextInput
            label={t('dueDiligence.register.reference')}
            value={reference}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
        </Group>
        <Textarea
          label={t('dueDiligence.register.note')}
          autosize
          minRows={1}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <ErrorAlert error={record.error} />
        <Group justify="flex-end">
          <Button
            loading={record.isPending}
            data-testid="ubo-discrepancy-submit"
            onClick={() =>
              record.mutate(
                { extractId, reportedOn, reference, note },
                {
                  onSuccess: () => {
                    setReference('');
                    setNote('');
                  },
                },
              )
            }
          >
            {t('dueDiligence.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
