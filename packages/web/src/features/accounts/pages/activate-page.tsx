import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { useActivate, useResendActivation } from '../api/accounts.ts';

export function ActivatePage() {
  const { t } = useTranslation('accounts');
  const [params] = useSearchParams();
  const activate = useActivate();
  const resend = useResendActivation();
  const [form, setForm] = useState({ login: params.get('login') ?? '', code: '' });

  if (activate.isSuccess) {
    return (
      <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
        <Stack>
          <Alert color="green" data-testid="activated">
            {t('activate.done')}
          </Alert>
          <Button component={Link} to="/login">
            {t('common:nav.login')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          activate.mutate(form);
        }}
      >
        <Stack>
          <Title order={2}>{t('activate.title')}</Title>
          {params.get('email') && (
            <Alert color="blue">{t('signUp.done', { email: params.get('email') })}</Alert>
          )}
          <Text size="sm">{t('activate.intro')}</Text>
          <ErrorAlert error={activate.error} />
          <TextInput
            name="login"
            label={t('fields.login')}
            required
            value={form.login}
            onChange={(e) => setForm({ ...form, login: e.currentTarget.value })}
          />
          <TextInput
            name="code"
            label={t('fields.code')}
            required
            inputMode="numeric"
            maxLength={6}
            value={form.code}
            error={fieldError(activate.error, 'code')}
            onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
          />
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => resend.mutate({ login: form.login })}
            >
              {t('activate.resend')}
            </Anchor>
            <Button type="submit" loading={activate.isPending}>
              {t('activate.submit')}
            </Button>
          </Group>
          {resend.isSuccess && <Alert color="blue">{t('activate.resent')}</Alert>}
        </Stack>
      </form>
    </Paper>
  );
}
