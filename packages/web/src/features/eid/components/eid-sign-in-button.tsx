import { Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eidLoginUrl, useEidConfig } from '../api/eid.ts';

/** "Sign in with eID" (seed: "Connexion avec eID"), shown only when an identity provider is configured. */
export function EidSignInButton() {
  const { t } = useTranslation('eid');
  const config = useEidConfig();
  if (!config.data?.enabled) return null;
  return (
    <>
      <Divider label={t('login.or')} labelPosition="center" />
      <Button component="a" href={eidLoginUrl} variant="light" data-testid="eid-sign-in">
        {t('login.button')}
      </Button>
    </>
  );
}
