import { Alert, Anchor, Center, Loader, Stack } from '@mantine/core';
import type { TMyMembership } from '@vigilo/domain/contracts/organisations.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActiveMembership } from '../api/my-organisations.ts';

type TProps = { children: (membership: TMyMembership) => ReactNode };

/** Pages that act on the active organisation first make sure there is one, and that I am confirmed in it. */
export function RequireActiveOrganisation({ children }: TProps) {
  const { t } = useTranslation('organisations');
  const { membership, isPending } = useActiveMembership();
  if (isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (membership?.status !== 'active') {
    return (
      <Stack maw={720} mx="auto">
        <Alert color="yellow" title={t('noActive.title')} data-testid="no-active-organisation">
          {t('noActive.text')}{' '}
          <Anchor component={Link} to="/organisations">
            {t('mine.title')}
          </Anchor>
        </Alert>
      </Stack>
    );
  }
  return children(membership);
}
