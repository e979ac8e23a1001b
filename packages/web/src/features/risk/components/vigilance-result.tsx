import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { formatCitations } from '@vigilo/domain/risk/citations.ts';
import { citationsOfFactor } from '@vigilo/domain/risk/factor-catalog.ts';
import { useTranslation } from 'react-i18next';
import { VigilanceBadge } from '../../contacts/components/contact-badges.tsx';

/**
 * The computed vigilance level and every factor behind it, each with its reason and the provision it
 * implements, plus the questionnaire and policy versions that make the result reproducible, and the
 * legal texts in force on the day it was computed (issue 14, item 7).
 */
export function VigilanceResult({ result }: { result: TVigilanceResult }) {
  const { t, i18n } = useTranslation('declarations');
  const lang = i18n.language as TLanguage;
  return (
    <Paper withBorder p="md" data-testid="vigilance-result">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{t('result.title')}</Title>
          <VigilanceBadge level={result.level} />
        </Group>
        <Text size="sm" data-testid="result-score">
          {t('result.score', { score: result.score })}
        </Text>
        {result.factors.length === 0 ? (
          <Text c="dimmed">{t('result.noFactors')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table withTableBorder data-testid="factors">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('result.factor')}</Table.Th>
                  <Table.Th>{t('result.source')}</Table.Th>
                  <Table.Th>{t('result.article')}</Table.Th>
                  <Table.Th ta="right">{t('result.weight')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.factors.map((f) => (
                  <Table.Tr key={f.code} data-testid={`factor-${f.code}`}>
                    <Table.Td>
                      <Text size="sm">{t(`risk:${f.reasonKey}`, { label: f.label?.[lang] ?? '' })}</Text>
                      {f.forcesHeightened && (
                        <Badge size="xs" color="red" variant="light">
                          {t('result.forcesHeightened')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`risk:risk.source.${f.source}`)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {formatCitations(citationsOfFactor(f.code), t)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{f.weight}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Text size="xs" c="dimmed" data-testid="result-versions">
          {t('result.versions', {
            questionnaire: t(`risk:risk.questionnaire.${result.questionnaireId}.title`),
            questionnaireVersion: result.questionnaireVersion,
            policyVersion: result.policyVersion,
            months: result.reviewPeriodMonths,
          })}
        </Text>
        {result.legalVersion && (
          <Text size="xs" c="dimmed" data-testid="result-legal-version">
            {t('result.legalVersion', { rules: t(`legal.${result.legalVersion}`) })}
          </Text>
        )}
        {result.policyLegalVersion &&
          result.legalVersion &&
          result.policyLegalVersion !== result.legalVersion && (
            <Text size="xs" c="orange" data-testid="result-policy-legal-version">
              {t('result.policyLegalVersion', { rules: t(`legal.${result.policyLegalVersion}`) })}
            </Text>
          )}
      </Stack>
    </Paper>
  );
}
