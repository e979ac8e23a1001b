import { NumberInput, Switch, Table, Text } from '@mantine/core';
import { formatCitations } from '@vigilo/domain/risk/citations.ts';
import { citationsOfFactor } from '@vigilo/domain/risk/factor-catalog.ts';
import { useTranslation } from 'react-i18next';
import type { TPolicyResponse } from '../api/policy.ts';
import type { TPolicyDraft } from './policy-draft.ts';

type TProps = {
  catalog: TPolicyResponse['factorCatalog'];
  value: TPolicyDraft['factors'];
  onChange: (value: TPolicyDraft['factors']) => void;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
};

/**
 * The risk factors of the regulation with the weight the agency gives them. Legal minimums (PEP,
 * sanctions, high-risk countries, cash, avoided contact) force heightened vigilance and cannot be disabled.
 */
export function FactorsTable({ catalog, value, onChange, readOnly, errorOf }: TProps) {
  const { t } = useTranslation('policy');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table withTableBorder verticalSpacing="xs" data-testid="policy-factors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('factors.factor')}</Table.Th>
            <Table.Th>{t('factors.article')}</Table.Th>
            <Table.Th>{t('factors.enabled')}</Table.Th>
            <Table.Th w={130}>{t('factors.weight')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {catalog.map((factor) => {
            const current = value[factor.code] ?? { enabled: true, weight: factor.defaultWeight };
            const set = (patch: Partial<typeof current>) =>
              onChange({ ...value, [factor.code]: { ...current, ...patch } });
            return (
              <Table.Tr key={factor.code} data-testid={`policy-factor-${factor.code}`}>
                <Table.Td>
                  <Text size="sm">{t(`risk:${factor.reasonKey}`, { label: '' })}</Text>
                  {factor.forcesHeightened && (
                    <Text size="xs" c="red">
                      {t('factors.legalMinimum')}
                    </Text>
                  )}
                  {errorOf(`policy.factors.${factor.code}`) && (
                    <Text size="xs" c="red">
                      {errorOf(`policy.factors.${factor.code}`)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {formatCitations(citationsOfFactor(factor.code), t)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Switch
                    aria-label={t('factors.enabled')}
                    checked={factor.forcesHeightened || current.enabled}
                    disabled={readOnly || factor.forcesHeightened}
                    onChange={(e) => set({ enabled: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('factors.weight')}
                    min={0}
                    max={100}
                    allowDecimal={false}
                    readOnly={readOnly}
                    value={current.weight}
                    onChange={(v) => set({ weight: typeof v === 'number' ? v : 0 })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
