import { Alert, Button, Center, Checkbox, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { applyLanguage } from '../../../app/i18n.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import {
  draftToInput,
  emptyEntity,
  emptyPerson,
  type TContactDraft,
} from '../../contacts/components/contact-draft.ts';
import { EntityFields } from '../../contacts/components/entity-fields.tsx';
import { PersonFields } from '../../contacts/components/person-fields.tsx';
import { usePublicClientLink, useSubmitClientLink } from '../api/client-links.ts';

/**
 * The client's own identification page (B5): no account, in the link's language. It shows the agency's
 * name and the form, nothing else: no assessment, screening or declaration (tipping-off ban).
 */
export function IdentifyPage() {
  const { t } = useTranslation('client-links');
  const token = useParams().token ?? '';
  const link = usePublicClientLink(token);
  const language = link.data?.language;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
  if (link.isPending)
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  if (!link.data)
    return (
      <Stack maw={720} mx="auto">
        <Alert color="yellow" title={t('identify.unavailableTitle')} data-testid="identify-unavailable">
          {t('identify.unavailable')}
        </Alert>
      </Stack>
    );
  return (
    <IdentifyForm
      token={token}
      kind={link.data.kind}
      agencyName={link.data.agencyName}
      returnComment={link.data.returnComment}
    />
  );
}

type TFormProps = {
  token: string;
  kind: 'person' | 'entity';
  agencyName: string;
  returnComment: string | null;
};

function IdentifyForm({ token, kind, agencyName, returnComment }: TFormProps) {
  const { t } = useTranslation('client-links');
  const [draft, setDraft] = useState<TContactDraft>(() =>
    // A client identifies remotely, from a copy of their document: the agency checks it at review.
    kind === 'person' ? { ...emptyPerson(), identificationMode: 'remote_copy' } : emptyEntity(),
  );
  const [name, setName] = useState('');
  const [isConfirmed, setConfirmed] = useState(false);
  const submit = useSubmitClientLink(token);
  const { t: tc } = useTranslation('contacts');
  const errorOf = (field: string) => fieldOrCodeError(tc, submit.error, `data.${field}`);
  if (submit.isSuccess)
    return (
      <Stack maw={720} mx="auto">
        <Alert color="green" title={t('identify.thanksTitle')} data-testid="identify-done">
          {t('identify.thanks', { agency: agencyName })}
        </Alert>
      </Stack>
    );
  return (
    <Stack maw={900} mx="auto">
      <Title order={2} data-testid="identify-title">
        {t('identify.title', { agency: agencyName })}
      </Title>
      <Text>{t('identify.intro', { agency: agencyName })}</Text>
      {returnComment && (
        <Alert color="orange" title={t('identify.returnedTitle')} data-testid="identify-returned">
          {returnComment}
        </Alert>
      )}
      <Paper withBorder p="md">
        {draft.kind === 'person' ? (
          <PersonFields
            value={draft}
            onChange={setDraft}
            errorOf={errorOf}
            forClient
            ownersSlot={<Text size="sm">{t('identify.ownersLater')}</Text>}
          />
        ) : (
          <EntityFields value={draft} onChange={setDraft} errorOf={errorOf} linksSlot={null} forClient />
        )}
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('identify.confirmTitle')}</Title>
          <TextInput
            label={t('identify.confirmName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldOrCodeError(tc, submit.error, 'confirmation.name')}
            data-testid="identify-confirm-name"
          />
          <Checkbox
            label={t('identify.confirmTick')}
            checked={isConfirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
            error={fieldOrCodeError(tc, submit.error, 'confirmation.isTrueAndComplete')}
            data-testid="identify-confirm-tick"
          />
        </Stack>
      </Paper>
      <ErrorAlert error={submit.error} />
      <Button
        loading={submit.isPending}
        data-testid="identify-submit"
        onClick={() =>
          submit.mutate({
            data: draftToInput(draft),
            confirmation: {
              name,
              date: new Date().toISOString().slice(0, 10),
              isTrueAndComplete: isConfirmed,
            },
          })
        }
      >
        {t('identify.submit')}
      </Button>
    </Stack>
  );
}
