import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TGoAmlReportDetail } from '@vigilo/domain/contracts/goaml.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date.ts';

type TReport = NonNullable<TGoAmlReportDetail['preview']>;
type TSubject = TReport['parties'][number]['subject'];
type TPerson = Extract<TSubject, { kind: 'person' }>['person'];
type TAddress = NonNullable<TPerson['address']>;

/** A stable key for a person or entity of the report (lists are never reordered, but keys must not be indexes). */
function subjectKey(subject: TSubject): string {
  return subject.kind === 'person'
    ? `p:${subject.person.lastName}:${subject.person.firstName}:${subject.person.birthDate ?? ''}:${subject.person.identification?.number ?? ''}`
    : `e:${subject.entity.name}:${subject.entity.incorporationNumber ?? ''}`;
}

const line = (a: TAddress | null) => (a ? `${a.street}, ${a.postalCode} ${a.city} (${a.country})` : '—');

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td c="dimmed" w="30%">
        {label}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

function PersonRows({ person }: { person: TPerson }) {
  const { t, i18n } = useTranslation('goaml');
  const doc = person.identification;
  return (
    <>
      {person.birthDate && (
        <Row label="">
          {t('preview.born', {
            date: formatDate(person.birthDate, i18n.language),
            place: person.birthPlace ?? '—',
          })}
        </Row>
      )}
      {person.nationalNumber && <Row label={t('preview.nationalNumber')}>{person.nationalNumber}</Row>}
      <Row label={t('preview.nationalities')}>{person.nationalities.join(', ')}</Row>
      <Row label={t('preview.address')}>{line(person.address)}</Row>
      {person.occupation && <Row label={t('preview.occupation')}>{person.occupation}</Row>}
      {doc && (
        <Row label={t('preview.identification')}>
          {`${t(`preview.documentType.${doc.documentType}`)} ${doc.number} (${doc.issueCountry})`}
          {doc.expiryDate
            ? ` — ${t('preview.expires', { date: formatDate(doc.expiryDate, i18n.language) })}`
            : ''}
        </Row>
      )}
    </>
  );
}

function SubjectCard({ subject, badge, reason }: { subject: TSubject; badge: string; reason?: string }) {
  const { t } = useTranslation('goaml');
  const name =
    subject.kind === 'person'
      ? `${subject.person.lastName.toUpperCase()} ${subject.person.firstName}`
      : subject.entity.name;
  return (
    <Paper withBorder p="sm">
      <Group gap="xs" mb="xs">
        <Text fw={600}>{name}</Text>
        <Badge variant="light">{badge}</Badge>
      </Group>
      <Table>
        <Table.Tbody>
          {subject.kind === 'person' ? (
            <PersonRows person={subject.person} />
          ) : (
            <>
              {subject.entity.legalForm && (
                <Row label={t('preview.legalForm')}>{subject.entity.legalForm}</Row>
              )}
              <Row label={t('preview.incorporationNumber')}>{subject.entity.incorporationNumber ?? '—'}</Row>
              <Row label={t('preview.address')}>{line(subject.entity.address)}</Row>
              {subject.entity.relatedPersons.map((r) => (
                <Row
                  key={`${r.role}:${subjectKey({ kind: 'person', person: r.person })}`}
                  label={t(`preview.relation.${r.role}`)}
                >
                  {`${r.person.lastName.toUpperCase()} ${r.person.firstName}${r.detail ? ` (${r.detail})` : ''} — ${r.person.nationalities.join(', ')} — ${line(r.person.address)}`}
                </Row>
              ))}
            </>
          )}
          {reason && <Row label={t('preview.reason')}>{reason}</Row>}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The report in the officer's language: what the XML tells CTIF-CFI, without the FIU's codes. */
export function ReportPreview({ report }: { report: TReport }) {
  const { t, i18n } = useTranslation('goaml');
  const factorLabels = report.factorCodes.map((code) =>
    i18next.exists(`risk:risk.factor.${code}.reason`) ? t(`risk:risk.factor.${code}.reason`) : code,
  );
  const money = (cents: number) => formatMoney(cents, `${i18n.language}-BE` as 'fr-BE');
  const deal = report.transaction;
  return (
    <Stack data-testid="goaml-preview">
      <Title order={4}>{t('preview.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('preview.intro')}
      </Text>
      <Table>
        <Table.Tbody>
          <Row label={t('preview.reportingEntity')}>{`${report.reportingEntityId} — ${report.branch}`}</Row>
          <Row label={t('preview.entityReference')}>{report.entityReference}</Row>
          {report.fiuRefNumber && <Row label={t('preview.fiuRefNumber')}>{report.fiuRefNumber}</Row>}
          <Row label={t('preview.submissionDate')}>{formatDate(report.submissionDate, i18n.language)}</Row>
          <Row label={t('preview.reportingPerson')}>
            {`${report.reportingPerson.firstName} ${report.reportingPerson.lastName} — ${report.reportingPerson.occupation}`}
          </Row>
          <Row label={t('preview.location')}>{line(report.location)}</Row>
          <Row label={t('preview.reason')}>{report.reason}</Row>
          <Row label={t('preview.action')}>{report.action}</Row>
          <Row label={t('preview.factors')}>{factorLabels.join('\n') || '—'}</Row>
        </Table.Tbody>
      </Table>
      {report.parties.length > 0 && <Title order={5}>{t('preview.parties')}</Title>}
      {report.parties.map((p) => (
        <SubjectCard
          key={`${p.relation}:${subjectKey(p.subject)}`}
          subject={p.subject}
          badge={t(`preview.relation.${p.relation}`)}
          reason={p.reason}
        />
      ))}
      {deal && (
        <>
          <Title order={5}>{t('preview.transaction')}</Title>
          <Table>
            <Table.Tbody>
              <Row label={t('preview.entityReference')}>{deal.number}</Row>
              <Row label={t('preview.submissionDate')}>{formatDate(deal.date, i18n.language)}</Row>
              <Row label={t('preview.amount')}>{money(deal.amountCents)}</Row>
              <Row label={t('preview.payment')}>
                {deal.payment.kind === 'account'
                  ? `${deal.payment.account.iban} — ${deal.payment.account.institutionName} — ${t(`preview.holder.${deal.payment.account.holder}`)}`
                  : t('preview.unknownPayment', { explanation: deal.payment.explanation || '—' })}
              </Row>
              {deal.cashAmountCents !== null && (
                <Row label="">{t('preview.cash', { amount: money(deal.cashAmountCents) })}</Row>
              )}
              <Row
                label={t('preview.property')}
              >{`${deal.property.description} — ${money(deal.property.priceCents)}`}</Row>
            </Table.Tbody>
          </Table>
          {deal.parties.map((p) => (
            <SubjectCard
              key={`${p.role}:${subjectKey(p.subject)}`}
              subject={p.subject}
              badge={t(`preview.role.${p.role}`)}
            />
          ))}
        </>
      )}
      {report.property && (
        <Text size="sm">{`${t('preview.property')}: ${report.property.description} — ${money(report.property.priceCents)}`}</Text>
      )}
    </Stack>
  );
}
