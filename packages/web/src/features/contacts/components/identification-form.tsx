import { Alert, Group, List, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { TContactDraft, TMandataryCapacity, TMandataryDraft } from './contact-draft.ts';
import { EntityFields } from './entity-fields.tsx';
import { EntityLinks } from './entity-links.tsx';
import { listErrors, unplacedErrors, useFieldErrors } from './field-errors.ts';
import { LinksEditor } from './links-editor.tsx';
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
        <>
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
          <PersonMandataries
            items={draft.mandataries}
            onChange={(mandataries) => onChange({ ...draft, mandataries })}
            selfId={selfId}
            errors={listErrors(error, 'mandataries')}
          />
        </>
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

/**
 * Who acts for a natural person: a legal representative (parent, guardian, court-appointed administrator)
 * or the holder of a power of attorney — identified and screened like an entity's mandataries (issue 14,
 * item 5; loi 18/09/2017 art. 21 and 26).
 */
function PersonMandataries(props: {
  items: TMandataryDraft[];
  onChange: (items: TMandataryDraft[]) => void;
  selfId?: string;
  errors: string[];
}) {
  const { t } = useTranslation('contacts');
  return (
    <LinksEditor
      title={t('fields.personMandataries')}
      description={t('hints.personMandataries')}
      items={props.items}
      onChange={props.onChange}
      create={(link) => ({ ...link, power: '', capacity: 'power_of_attorney' as const })}
      kind="person"
      selfId={props.selfId}
      errors={props.errors}
      testId="person-mandataries"
      renderExtra={(item, update) => (
        <Group grow align="flex-start">
          <Select
            label={t('fields.capacity')}
            data={(['legal_representative', 'power_of_attorney'] as const).map((c) => ({
              value: c,
              label: t(`options.mandataryCapacity.${c}`),
            }))}
            value={item.capacity ?? 'power_of_attorney'}
            allowDeselect={false}
            onChange={(value) => value && update({ capacity: value as TMandataryCapacity })}
          />
          <TextInput
            name="power"
            label={t('fields.power')}
            placeholder={t('hints.personPower')}
            value={item.power}
            onChange={(e) => update({ power: e.currentTarget.value })}
          />
        </Group>
      )}
    />
  );
}
