import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { TMe } from '@vigilo/domain/contracts/accounts.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, fieldError } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { EidLinkCard } from '../../eid/components/eid-link-card.tsx';
import {
  useChangePassword,
  useConfirmEmailChange,
  useRequestEmailChange,
  useUpdateProfile,
} from '../api/accounts.ts';
import { useSession } from '../api/session.ts';

export function ProfilePage() {
  const { t } = useTranslation('accounts');
  const me = useSession().data?.user;
  if (!me) return null;
  return (
    <Stack maw={560} mx="auto">
      <Title order={2}>{t('profile.title')}</Title>
      <DetailsForm me={me} />
      <EidLinkCard me={me} />
      <PasswordForm />
      <EmailForm me={me} />
    </Stack>
  );
}

function DetailsForm({ me }: { me: TMe }) {
  const { t, i18n } = useTranslation('accounts');
  const update = useUpdateProfile();
  const [form, setForm] = useState({ firstName: me.firstName, lastName: me.lastName });
  // Once an eID is linked, names, birth date and sex are the eID's (M1b) and the API refuses changes.
  const locked = me.eidLinked;
  return (
    <Paper p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate(form);
        }}
      >
        <Stack>
          <Title order={4}>{t('profile.details')}</Title>
          <ErrorAlert error={update.error} />
          {update.isSuccess && <Alert color="green">{t('common:saved')}</Alert>}
          <TextInput label={t('fields.username')} value={me.username} readOnly disabled />
          {locked && (
            <Alert color="blue" data-testid="names-locked">
              {t('eid:profile.namesLocked')}
            </Alert>
          )}
          <TextInput
            label={t('fields.firstName')}
            name="firstName"
            value={locked ? me.firstName : form.firstName}
            readOnly={locked}
            disabled={locked}
            error={fieldError(update.error, 'firstName')}
            onChange={(e) => setForm({ ...form, firstName: e.currentTarget.value })}
          />
          <TextInput
            label={t('fields.lastName')}
            name="lastName"
            value={locked ? me.lastName : form.lastName}
            readOnly={locked}
            disabled={locked}
            error={fieldError(update.error, 'lastName')}
            onChange={(e) => setForm({ ...form, lastName: e.currentTarget.value })}
          />
          {locked && (
            <>
              <TextInput
                label={t('eid:profile.birthDate')}
                value={
                  me.birthDate
                    ? formatDate(`${me.birthDate}T12:00:00`, i18n.language)
                    : t('eid:profile.notGiven')
                }
                readOnly
                disabled
              />
              <TextInput
                label={t('eid:profile.sex')}
                value={me.sex ? t(`eid:profile.sexes.${me.sex}`) : t('eid:profile.notGiven')}
                readOnly
                disabled
              />
            </>
          )}
          {!locked && (
            <Button type="submit" loading={update.isPending}>
              {t('common:actions.save')}
            </Button>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordForm() {
  const { t } = useTranslation('accounts');
  const change = useChangePassword();
  const empty = { currentPassword: '', newPassword: '', newPasswordConfirmation: '' };
  const [form, setForm] = useState(empty);
  const field = (name: keyof typeof empty) => ({
    name,
    label: t(`fields.${name}`),
    required: true,
    value: form[name],
    error: fieldError(change.error, name),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    },
  });
  return (
    <Paper p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(form, { onSuccess: () => setForm(empty) });
        }}
      >
        <Stack>
          <Title order={4}>{t('profile.passwordTitle')}</Title>
          <ErrorAlert error={change.error} />
          {change.isSuccess && <Alert color="green">{t('profile.passwordChanged')}</Alert>}
          <PasswordInput {...field('currentPassword')} autoComplete="current-password" />
          <PasswordInput
            {...field('newPassword')}
            autoComplete="new-password"
            description={t('fields.passwordHint')}
          />
          <PasswordInput {...field('newPasswordConfirmation')} autoComplete="new-password" />
          <Button type="submit" loading={change.isPending}>
            {t('common:actions.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function EmailForm({ me }: { me: TMe }) {
  const { t } = useTranslation('accounts');
  const request = useRequestEmailChange();
  const confirm = useConfirmEmailChange();
  const [form, setForm] = useState({ newEmail: '', password: '' });
  const [code, setCode] = useState('');
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Title order={4}>{t('profile.emailTitle')}</Title>
        <Text size="sm">{me.email}</Text>
        <Text size="sm" c="dimmed">
          {t('profile.emailIntro')}
        </Text>
        {confirm.isSuccess && <Alert color="green">{t('profile.emailChanged')}</Alert>}
        {me.pendingEmail ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              confirm.mutate({ code }, { onSuccess: () => setCode('') });
            }}
          >
            <Stack>
              <Alert color="blue">{t('profile.emailPending', { email: me.pendingEmail })}</Alert>
              <ErrorAlert error={confirm.error} />
              <TextInput
                label={t('fields.emailCode')}
                name="emailCode"
                value={code}
                inputMode="numeric"
                maxLength={6}
                error={fieldError(confirm.error, 'code')}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Button type="submit" loading={confirm.isPending}>
                {t('profile.emailConfirm')}
              </Button>
            </Stack>
          </form>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              request.mutate(form, { onSuccess: () => setForm({ newEmail: '', password: '' }) });
            }}
          >
            <Stack>
              <ErrorAlert error={request.error} />
              <TextInput
                label={t('fields.newEmail')}
                name="newEmail"
                type="email"
                required
                value={form.newEmail}
                error={fieldError(request.error, 'newEmail')}
                onChange={(e) => setForm({ ...form, newEmail: e.currentTarget.value })}
              />
              <PasswordInput
                label={t('fields.currentPassword')}
                name="emailPassword"
                required
                value={form.password}
                error={fieldError(request.error, 'password')}
                onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
              />
              <Button type="submit" loading={request.isPending}>
                {t('profile.sendCode')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
