import { Anchor, Badge, Code, Collapse, Table, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { readAuditPayload } from '@vigilo/domain/contracts/audit-payloads.ts';
import type { TAuditEvent } from '@vigilo/domain/contracts/records.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format-date.ts';
import { linkPath } from '../api/records.ts';
import { collapseRepeatedViews } from './audit-lines.ts';

/** Audit events as a table: when, who (and from where), what, about what (with a link), the details. */
export function AuditEventsTable({
  items,
  showSubject = true,
}: {
  items: TAuditEvent[];
  showSubject?: boolean;
}) {
  const { t, i18n } = useTranslation('records');
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="audit-empty">
        {t('audit.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" fz="sm" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.date')}</Table.Th>
            <Table.Th>{t('audit.columns.user')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            {showSubject && <Table.Th>{t('audit.columns.subject')}</Table.Th>}
            <Table.Th>{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {collapseRepeatedViews(items).map(({ event, repeated }) => {
            const path = linkPath(event.link);
            return (
              <Table.Tr key={event.id} data-testid="audit-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.createdAt, i18n.language)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{event.actorName ?? t('audit.system')}</Text>
                  {event.ip && (
                    <Text size="xs" c="dimmed">
                      {event.ip}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <AuditSentence event={event} repeated={repeated} />
                </Table.Td>
                {showSubject && (
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`audit:subjects.${event.subjectType}`)}
                    </Badge>{' '}
                    {path && (
                      <Anchor component={Link} to={path} size="sm" data-testid="audit-link">
                        {t('audit.open')}
                      </Anchor>
                    )}
                  </Table.Td>
                )}
                <Table.Td maw={420}>
                  {event.redactedAt ? (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('audit.redacted', { date: formatDateTime(event.redactedAt, i18n.language) })}
                    </Text>
                  ) : (
                    <TechnicalDetails payload={event.payload} />
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Lieve Peeters opened this contact", "Version 2", "3 times within an hour": what happened, in words. */
function AuditSentence({ event, repeated }: { event: TAuditEvent; repeated: number }) {
  const { t } = useTranslation('audit');
  const actor = event.actorName ?? (event.actorUserId ? t('audit:someone') : t('audit:system'));
  // Read with the same per-action shapes the server writes with (issue 19): null when the event has none.
  const versionNo = versionNoOf(event);
  return (
    <>
      <Text size="sm" data-testid="audit-sentence">
        {t(`audit:actions.${event.action}`, { actor })}
      </Text>
      {typeof versionNo === 'number' && (
        <Text size="xs" c="dimmed">
          {t('audit:version', { versionNo })}
        </Text>
      )}
      {repeated > 1 && (
        <Text size="xs" c="dimmed" data-testid="audit-repeated">
          {t('audit:repeated', { count: repeated })}
        </Text>
      )}
    </>
  );
}

/** The recorded payload as stored, for an auditor who asks for it; hidden until then. */
function TechnicalDetails({ payload }: { payload: TAuditEvent['payload'] }) {
  const { t } = useTranslation('audit');
  const [opened, { toggle }] = useDisclosure(false);
  if (!payload || Object.keys(payload).length === 0) return null;
  return (
    <>
      <UnstyledButton fz="xs" c="dimmed" td="underline" onClick={toggle} data-testid="audit-details-toggle">
        {t('audit:details')}
      </UnstyledButton>
      <Collapse expanded={opened}>
        <Code block fz="xs" translate="no" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {JSON.stringify(payload, null, 1)}
        </Code>
      </Collapse>
    </>
  );
}

/** The version an event concerns, for the actions that record one. */
function versionNoOf(event: TAuditEvent): number | undefined {
  const read = readAuditPayload(event.action, event.payload);
  if (!read || !('versionNo' in read.payload)) return undefined;
  return typeof read.payload.versionNo === 'number' ? read.payload.versionNo : undefined;
}
