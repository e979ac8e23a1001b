import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { suggestUsername, type TSignUpInput, useSignUp } from '../api/accounts.ts';

const empty: TSignUpInput = {
  firstName: '',
  lastName: '',
  username: '',
  email: '',
  password: '',
  passwordConfirmation: '',
};

export function SignUpPage() {
  const { t, i18n } = useTranslation('accounts');
  const signUp = useSignUp();
  const navigate = useNavigate();
  const [form, setForm] = useState(empty);
  // The username follows the names until the user edits it by hand.
  const [usernameEdited, setUsernameEdited] = useState(false);

  const proposeUsername = async () => {
    if (usernameEdited || !form.firstName || !form.lastName) return;
    const { username } = await suggestUsername(form.firstName, form.lastName);
    setForm((f) => ({ ...f, username }));
  };
  const field = (name: keyof TSignUpInput) => ({
    name,
    label: t(`fields.${name}`),
    required: true,
    value: form[name],
    error: fieldError(signUp.error, name),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });

  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          signUp.mutate(
            { ...form, language: i18n.language },
            {
              onSuccess: (res) =>
                navigate(
                  `/activate?login=${encodeURIComponent(res.username)}&email=${encodeURIComponent(res.email)}`,
                ),
            },
          );
        }}
      >
        <Stack>
          <Title order={2}>{t('signUp.title')}</Title>
          <ErrorAlert error={signUp.error} />
          <TextInput
            {...field('firstName')}
            description={t('fields.firstNameHint')}
            onBlur={proposeUsername}
          />
          <TextInput {...field('lastName')} description={t('fields.lastNameHint')} onBlur={proposeUsername} />
          <TextInput
            {...field('username')}
            description={t('fields.usernameHint')}
            onChange={(e) => {
              setUsernameEdited(true);
              setForm({ ...form, username: e.currentTarget.value });
            }}
          />
          <TextInput {...field('email')} type="email" autoComplete="email" />
          <PasswordInput
            {...field('password')}
            description={t('fields.passwordHint')}
            autoComplete="new-password"
          />
          <PasswordInput {...field('passwordConfirmation')} autoComplete="new-password" />
          <Button type="submit" loading={signUp.isPending}>
            {t('signUp.submit')}
          </Button>
          <Text size="sm">
            {t('signUp.haveAccount')}{' '}
            <Anchor component={Link} to="/login">
              {t('common:nav.login')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
