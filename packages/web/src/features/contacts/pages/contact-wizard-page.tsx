import { Button, Center, Group, Loader, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import type { TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { RequireActiveOrganisation } from '../../organisations/components/require-active-organisation.tsx';
import { ScreeningVerdict } from '../../screening/components/screening-verdict.tsx';
import { useContact, useSaveContact } from '../api/contacts.ts';
import { ContactDataView } from '../components/contact-data-view.tsx';
import {
  dataToDraft,
  draftToInput,
  emptyEntity,
  emptyPerson,
  isKboFilled,
  type TContactDraft,
} from '../components/contact-draft.ts';
import { ContactFlags } from '../components/contact-flags.tsx';
import { DocumentsPanel } from '../components/documents-panel.tsx';
import { IdentificationForm } from '../components/identification-form.tsx';

/** `/contacts/new?kind=person|entity` and `/contacts/:contactId/edit`: identification → documents → review. */
export function ContactWizardPage() {
  const { contactId } = useParams();
  return <RequireActiveOrganisation>{() => <WizardFor contactId={contactId} />}</RequireActiveOrganisation>;
}

function WizardFor({ contactId }: { contactId: string | undefined }) {
  return contactId ? <EditContact contactId={contactId} /> : <NewContact />;
}

function NewContact() {
  const { t } = useTranslation('contacts');
  const [params] = useSearchParams();
  const kind = params.get('kind');
  if (kind !== 'person' && kind !== 'entity') {
    return (
      <Stack maw={720} mx="auto">
        <Title order={2}>{t('wizard.newTitle')}</Title>
        <Group>
          <Button component={Link} to="/contacts/new?kind=person" data-testid="new-person">
            {t('list.newPerson')}
          </Button>
          <Button component={Link} to="/contacts/new?kind=entity" data-testid="new-entity">
            {t('list.newEntity')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <ContactWizard key={kind} initial={kind === 'person' ? emptyPerson() : emptyEntity()} existing={null} />
  );
}

function EditContact({ contactId }: { contactId: string }) {
  const { t } = useTranslation('contacts');
  const contact = useContact(contactId);
  if (contact.isPending) {
    return (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (!contact.data) return <ErrorAlert error={contact.error} />;
  return (
    <ContactWizard
      key={contactId}
      initial={dataToDraft(contact.data.current.data, contact.data.linkedContacts)}
      existing={contact.data}
    />
  );
}

type TProps = { initial: TContactDraft; existing: TContactDetail | null };

/** The wizard keeps its own draft: a refused save or a refetch never loses what was typed. */
function ContactWizard({ initial, existing: loaded }: TProps) {
  const { t } = useTranslation('contacts');
  const [existing] = useState(loaded);
  const navigate = useNavigate();
  const save = useSaveContact();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState(initial);
  const [contactId, setContactId] = useState<string | null>(existing?.id ?? null);
  // What the server holds: continuing without a change creates no new version.
  const [saved, setSaved] = useState<string | null>(existing ? JSON.stringify(draftToInput(initial)) : null);
  const contact = useContact(contactId ?? undefined);
  const submitIdentification = () => {
    const input = draftToInput(draft);
    const body = JSON.stringify(input);
    if (contactId && body === saved) {
      setStep(1);
      return;
    }
    save.mutate(
      { contactId, input, kboFilled: isKboFilled(draft) },
      {
        onSuccess: (detail) => {
          setContactId(detail.id);
          setSaved(body);
          // The fill-in is the source of this version only: a later edit is typed by hand.
          setDraft((d) => (d.kind === 'entity' ? { ...d, kboFilledFrom: undefined } : d));
          setStep(1);
        },
      },
    );
  };
  const title = existing
    ? t('wizard.editTitle', { name: existing.displayName, version: existing.currentVersionNo + 1 })
    : t(draft.kind === 'person' ? 'wizard.newPersonTitle' : 'wizard.newEntityTitle');
  return (
    <Stack maw={1000} mx="auto">
      <Title order={2} data-testid="wizard-title">
        {title}
      </Title>
      <Stepper
        active={step}
        onStepClick={(next) => contactId && setStep(next)}
        allowNextStepsSelect={Boolean(contactId)}
      >
        <Stepper.Step
          label={t('wizard.steps.identification')}
          description={t('wizard.steps.identificationHint')}
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submitIdentification();
            }}
          >
            <Stack>
              <IdentificationForm
                draft={draft}
                onChange={setDraft}
                error={save.error}
                selfId={contactId ?? undefined}
              />
              <Group justify="space-between">
                <Button
                  variant="default"
                  component={Link}
                  to={contactId ? `/contacts/${contactId}` : '/contacts'}
                >
                  {t('common:actions.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending} data-testid="wizard-save">
                  {contactId ? t('wizard.saveAndContinue') : t('wizard.createAndContinue')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.documents')} description={t('wizard.steps.documentsHint')}>
          {contactId && (
            <Stack>
              <Paper withBorder p="md">
                <DocumentsPanel contactId={contactId} kind={draft.kind} />
              </Paper>
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)}>
                  {t('common:actions.back')}
                </Button>
                <Button onClick={() => setStep(2)} data-testid="wizard-documents-next">
                  {t('common:actions.continue')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t('wizard.steps.review')} description={t('wizard.steps.reviewHint')}>
          {contact.data && (
            <Stack>
              <Text size="sm" c="dimmed">
                {t('wizard.reviewIntro')}
              </Text>
              {contactId && <ScreeningVerdict contactId={contactId} />}
              <ContactFlags contact={contact.data} />
              <ContactDataView
                data={contact.data.current.data}
                linkedContacts={contact.data.linkedContacts}
              />
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)}>
                  {t('wizard.backToIdentification')}
                </Button>
                <Button onClick={() => navigate(`/contacts/${contactId}`)} data-testid="wizard-finish">
                  {t('wizard.finish')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
