import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { EidSignInButton } from '../../eid/components/eid-sign-in-button.tsx';
import { useLogin } from '../api/session.ts';

export function LoginPage() {
  const { t } = useTranslation('accounts');
  const login = useLogin();
  const navigate = useNavigate();
  const [form, setForm] = useState({ login: '', password: '' });
  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          login.mutate(form, { onSuccess: () => navigate('/') });
        }}
      >
        <Stack>
          <Title order={2}>{t('login.title')}</Title>
          <ErrorAlert error={login.error} />
          <TextInput
            label={t('fields.login')}
            name="login"
            autoComplete="username"
            required
            value={form.login}
            error={fieldError(login.error, 'login')}
            onChange={(e) => setForm({ ...form, login: e.currentTarget.value })}
          />
          <PasswordInput
            label={t('fields.password')}
            name="password"
            autoComplete="current-password"
            required
            value={form.password}
            error={fieldError(login.error, 'password')}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
          <EidSignInButton />
          <Text size="sm">
            {t('login.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('common:nav.signUp')}
            </Anchor>
            {' · '}
            <Anchor component={Link} to="/activate">
              {t('login.notActivated')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
