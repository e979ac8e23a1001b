import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format-date.ts';
import { useKboLookup } from '../api/kbo.ts';
import type { TEntityDraft } from './contact-draft.ts';
import { applyKbo } from './kbo-draft.ts';

type TProps = { value: TEntityDraft; onChange: (value: TEntityDraft) => void };

/** "Fill in from the KBO" beside the enterprise number, and what the KBO says about the enterprise. */
export function KboFill({ value, onChange }: TProps) {
  const { t, i18n } = useTranslation(['contacts', 'risk']);
  const lookup = useKboLookup();
  const [found, setFound] = useState<TKboEnterprise | null>(null);
  const factText = (code: TKboEnterprise['riskFacts'][number]['code']) => {
    if (code === 'enterprise-stopped') return t('contacts:kbo.stopped');
    const label = found?.juridicalSituation.label;
    return label
      ? t('contacts:kbo.abnormalSituation', { label })
      : t('contacts:kbo.abnormalSituationUnlabelled');
  };
  const fill = () =>
    lookup.mutate(value.enterpriseNumber, {
      onSuccess: (enterprise) => {
        setFound(enterprise);
        onChange(applyKbo(value, enterprise));
      },
    });
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        loading={lookup.isPending}
        disabled={value.enterpriseNumber.trim() === ''}
        onClick={fill}
        data-testid="kbo-fill"
      >
        {t('contacts:kbo.fill')}
      </Button>
      {found && (
        <Alert
          color={found.riskFacts.length > 0 ? 'orange' : 'blue'}
          variant="light"
          data-testid="kbo-result"
        >
          <Stack gap={4}>
            <Text size="sm">
              {found.source.snapshotDate
                ? t('contacts:kbo.filled', { date: formatDate(found.source.snapshotDate, i18n.language) })
                : t('contacts:kbo.filledUndated')}
            </Text>
            {found.startDate && (
              <Text size="sm">
                {t('contacts:kbo.startDate', { date: formatDate(found.startDate, i18n.language) })}
              </Text>
            )}
            <List size="sm">
              {found.riskFacts.map((fact) => (
                <List.Item key={fact.code}>{factText(fact.code)}</List.Item>
              ))}
              {found.proposedFactor && (
                <List.Item>
                  {t('contacts:kbo.proposedSector', {
                    sector: t(`risk:risk.q.sensitiveSectorKind.options.${found.proposedFactor.kind}`),
                    codes: found.proposedFactor.naceCodes.join(', '),
                  })}
                </List.Item>
              )}
            </List>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
