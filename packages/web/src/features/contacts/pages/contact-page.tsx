import { Anchor, Badge, Button, Center, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import type { TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatDateTime } from '../../../components/format-date.ts';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { RecordsPanel } from '../../records/components/records-panel.tsx';
import { ContactScreeningPanel } from '../../screening/components/contact-screening-panel.tsx';
import { useContact } from '../api/contacts.ts';
import { ContactStatusBadge, VigilanceBadge } from '../components/contact-badges.tsx';
import { ContactDataView } from '../components/contact-data-view.tsx';
import { ContactFlags } from '../components/contact-flags.tsx';
import { DocumentsPanel } from '../components/documents-panel.tsx';
import { DueDiligencePanel } from '../components/due-diligence-panel.tsx';
import { HistoryPanel } from '../components/history-panel.tsx';
import { OwnershipTable } from '../components/ownership-table.tsx';
import { PepStandingPanel } from '../components/pep-standing-panel.tsx';
import { RiskProfilesPanel } from '../components/risk-profiles-panel.tsx';
import { VersionSource } from '../components/version-source.tsx';

const tabs = ['identification', 'documents', 'risk-profiles', 'history'] as const;
type TTab = (typeof tabs)[number];

/** The acceptance document (identification and screening) of a version, as a PDF to print or file. */
export const acceptancePdfUrl = (contactId: string, versionNo: number) =>
  `/api/contacts/${contactId}/acceptance.pdf?versionNo=${versionNo}`;

/** One contact: its current version, warnings, documents, risk profiles and history. */
export function ContactPage() {
  const { contactId } = useParams();
  return (
    <RequireActiveOrganisation>{() => <ContactView contactId={contactId!} />}</RequireActiveOrganisation>
  );
}

function ContactView({ contactId }: { contactId: string }) {
  const { t } = useTranslation('contacts');
  const contact = useContact(contactId);
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as TTab | null;
  const tab: TTab = requested && tabs.includes(requested) ? requested : 'identification';
  if (contact.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!contact.data) return <ErrorAlert error={contact.error} />;
  const c = contact.data;
  return (
    <Stack maw={1200} mx="auto">
      <ContactHeader contact={c} />
      <ContactFlags contact={c} />
      <DueDiligencePanel contact={c} />
      <ContactScreeningPanel contactId={c.id} />
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(value) => setParams(value && value !== 'identification' ? { tab: value } : {})}
      >
        <Tabs.List>
          <Tabs.Tab value="identification">{t('detail.tabs.identification')}</Tabs.Tab>
          <Tabs.Tab value="documents" data-testid="tab-documents">
            {t('detail.tabs.documents')}
          </Tabs.Tab>
          <Tabs.Tab value="risk-profiles" data-testid="tab-risk-profiles">
            {t('detail.tabs.riskProfiles')}
          </Tabs.Tab>
          <Tabs.Tab value="history" data-testid="tab-history">
            {t('detail.tabs.history', { count: c.versions.length })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="identification" pt="md">
          <IdentificationTab contact={c} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsPanel contactId={c.id} kind={c.kind} />
        </Tabs.Panel>
        <Tabs.Panel value="risk-profiles" pt="md">
          <RiskProfilesPanel contactId={c.id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel contact={c} />
          <RecordsPanel kind="contacts" id={c.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ContactHeader({ contact }: { contact: TContactDetail }) {
  const { t, i18n } = useTranslation('contacts');
  const reviewDue =
    contact.reviewDueAt !== null && contact.reviewDueAt <= new Date().toISOString().slice(0, 10);
  return (
    <Group justify="space-between" align="flex-start">
      <Stack gap={4}>
        <Anchor component={Link} to="/contacts" size="sm">
          {t('detail.backToList')}
        </Anchor>
        <Title order={2} data-testid="contact-name">
          {contact.displayName}
        </Title>
        <Group gap="xs">
          <Badge variant="outline">{t(`options.kind.${contact.kind}`)}</Badge>
          <ContactStatusBadge status={contact.status} />
          <VigilanceBadge level={contact.vigilanceLevel} />
          <Badge variant="light" color="gray" data-testid="current-version">
            {t('history.versionLabel', { version: contact.currentVersionNo })}
          </Badge>
          {contact.reviewDueAt && (
            <Badge variant="light" color={reviewDue ? 'red' : 'gray'}>
              {t('detail.reviewDue', { date: formatDate(contact.reviewDueAt, i18n.language) })}
            </Badge>
          )}
        </Group>
        {reviewDue && (
          <Text size="sm" c="red" data-testid="review-overdue">
            {t('reviews.overdueOnContact')}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {t('detail.createdBy', {
            name: contact.createdByName ?? '—',
            date: formatDateTime(contact.createdAt, i18n.language),
          })}
        </Text>
      </Stack>
      <Group>
        <Button
          component="a"
          variant="default"
          href={acceptancePdfUrl(contact.id, contact.currentVersionNo)}
          download
          data-testid="acceptance-pdf"
        >
          {t('detail.acceptancePdf')}
        </Button>
        <Button component={Link} to={`/contacts/${contact.id}/edit`} data-testid="edit-contact">
          {t('detail.edit')}
        </Button>
      </Group>
    </Group>
  );
}

function IdentificationTab({ contact }: { contact: TContactDetail }) {
  const { t } = useTranslation('contacts');
  return (
    <Stack>
      <VersionSource source={contact.current.source} />
      <ContactDataView data={contact.current.data} linkedContacts={contact.linkedContacts} />
      {contact.pepStanding && <PepStandingPanel contactId={contact.id} standing={contact.pepStanding} />}
      {contact.kind === 'entity' && contact.ownership && (
        <Stack gap="xs">
          <Title order={4}>{t('ownership.title')}</Title>
          <OwnershipTable ownership={contact.ownership} />
        </Stack>
      )}
      {contact.linkedContacts.length > 0 && (
        <Stack gap="xs">
          <Title order={4}>{t('detail.linkedContacts')}</Title>
          <Group gap="xs" data-testid="linked-contacts">
            {contact.linkedContacts.map((l) => (
              <Anchor key={l.id} component={Link} to={`/contacts/${l.id}`}>
                <Badge variant="light" style={{ cursor: 'pointer' }}>
                  {l.displayName}
                </Badge>
              </Anchor>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
