import { Anchor, Badge, Code, Table, Text } from '@mantine/core';
import type { TAuditEvent } from '@vigilo/domain/contracts/records.ts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../components/format-date.ts';
import { linkPath } from '../api/records.ts';

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
          {items.map((event) => {
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
                  <Code>{event.action}</Code>
                </Table.Td>
                {showSubject && (
                  <Table.Td>
                    <Badge variant="light" color="gray">
                      {t(`audit.subjectTypes.${event.subjectType}`, { defaultValue: event.subjectType })}
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
                    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                      {JSON.stringify(event.payload)}
                    </Code>
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
