import { Button, Group, Modal, Stack } from '@mantine/core';
import type { TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useCreateContact } from '../api/contacts.ts';
import { draftToInput, emptyPerson } from './contact-draft.ts';
import { useFieldErrors } from './field-errors.ts';
import { PersonFields } from './person-fields.tsx';

type TProps = { onClose: () => void; onCreated: (contact: TContactDetail) => void };

/** Creates a natural person (e.g. a beneficial owner) without leaving the contact being entered. */
export function QuickCreatePersonModal({ onClose, onCreated }: TProps) {
  const { t } = useTranslation('contacts');
  const create = useCreateContact();
  const [draft, setDraft] = useState(emptyPerson);
  const errorOf = useFieldErrors(create.error);
  return (
    <Modal opened onClose={onClose} title={t('picker.createPersonTitle')} size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          create.mutate(draftToInput(draft), { onSuccess: onCreated });
        }}
      >
        <Stack>
          <ErrorAlert error={create.error} />
          <PersonFields value={draft} onChange={setDraft} errorOf={errorOf} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="quick-create-submit">
              {t('picker.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
