import { Alert, Button, Paper, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { eidFailureResults, type TEidResult } from '@vigilo/domain/contracts/eid.ts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { sessionKey } from '../../accounts/api/session.ts';

const failures = new Set<string>(eidFailureResults);

/** Where the eID callback lands: says what happened (linked, signed in, or why not) and where to go next. */
export function EidResultPage() {
  const { t } = useTranslation('eid');
  const client = useQueryClient();
  const [params] = useSearchParams();
  const raw = params.get('result') ?? '';
  const result: TEidResult =
    raw === 'linked' || raw === 'signed_in' || failures.has(raw) ? (raw as TEidResult) : 'eid_failed';
  const isLink = params.get('purpose') === 'link';
  const succeeded = result === 'linked' || result === 'signed_in';

  // The callback changed the session (a new one after sign-in) or the profile (after linking).
  useEffect(() => {
    void client.invalidateQueries({ queryKey: sessionKey });
  }, [client]);

  const next = isLink ? '/profile' : succeeded ? '/' : '/login';
  return (
    <Paper maw={520} mx="auto" mt="xl" p="lg" withBorder>
      <Stack>
        <Title order={2}>{t('result.title')}</Title>
        {succeeded ? (
          <Alert color="green" data-testid="eid-result-success">
            {t(`result.${result}`)}
          </Alert>
        ) : (
          <Alert color="red" role="alert" data-testid="eid-result-error">
            {t(`errors:${result}`)}
          </Alert>
        )}
        <Button component={Link} to={next} data-testid="eid-result-next">
          {isLink ? t('result.toProfile') : succeeded ? t('result.continue') : t('result.toLogin')}
        </Button>
      </Stack>
    </Paper>
  );
}
