import { Alert, List, Stack } from '@mantine/core';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { TContactDraft } from './contact-draft.ts';
import { EntityFields } from './entity-fields.tsx';
import { EntityLinks } from './entity-links.tsx';
import { listErrors, unplacedErrors, useFieldErrors } from './field-errors.ts';
import { OwnersEditor } from './owners-editor.tsx';
import { PersonFields } from './person-fields.tsx';

type TProps = {
  draft: TContactDraft;
  onChange: (draft: TContactDraft) => void;
  error: unknown;
  selfId?: string;
};

/** Fields every form shows under its own input; anything else the API names is listed at the top. */
const placed = [
  'lastName',
  'firstNames',
  'birthDate',
  'birthPlace',
  'nationalities',
  'address',
  'idDocument',
  'nationalNumber',
  'identificationMode',
  'profession',
  'beneficialOwners',
  'notes',
  'name',
  'entityType',
  'legalForm',
  'enterpriseNumber',
  'foreignRegistration',
  'registeredOffice',
  'mainPlaceOfBusiness',
  'administrators',
  'representationPowers',
  'publicationReferences',
  'mandataries',
  'seniorManagingOfficials',
  'introducer',
];

/** Step 1 of the wizard: the identification of a person or an entity, with the server's messages in place. */
export function IdentificationForm({ draft, onChange, error, selfId }: TProps) {
  const errorOf = useFieldErrors(error);
  const others = unplacedErrors(error, placed);
  return (
    <Stack>
      <ErrorAlert error={error} />
      {others.length > 0 && (
        <Alert color="red" variant="light">
          <List size="sm">
            {others.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {draft.kind === 'person' ? (
        <PersonFields
          value={draft}
          onChange={onChange}
          errorOf={errorOf}
          ownersSlot={
            <OwnersEditor
              items={draft.beneficialOwners}
              onChange={(beneficialOwners) => onChange({ ...draft, beneficialOwners })}
              forEntity={false}
              selfId={selfId}
              errors={listErrors(error, 'beneficialOwners')}
            />
          }
        />
      ) : (
        <EntityFields
          value={draft}
          onChange={onChange}
          errorOf={errorOf}
          linksSlot={<EntityLinks value={draft} onChange={onChange} error={error} selfId={selfId} />}
        />
      )}
    </Stack>
  );
}
