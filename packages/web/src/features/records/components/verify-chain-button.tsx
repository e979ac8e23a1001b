import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useVerifyChain } from '../api/records.ts';

/** Recomputes the organisation's audit hash chain and says whether it is intact (or where it breaks). */
export function VerifyChainButton() {
  const { t } = useTranslation('records');
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        onClick={() => verify.mutate()}
        loading={verify.isPending}
        data-testid="verify-chain"
      >
        {t('audit.verify.button')}
      </Button>
      <ErrorAlert error={verify.error} />
      {result && (
        <Alert color={result.ok ? 'green' : 'red'} data-testid="verify-result">
          <Text size="sm">
            {result.ok
              ? t('audit.verify.ok', { count: result.events })
              : t('audit.verify.broken', { id: result.brokenAt?.id, reason: result.brokenAt?.reason })}
          </Text>
          {result.headHash && (
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {t('audit.verify.head', { hash: result.headHash })}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
