import { Alert, Fieldset, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TEntityDraft } from './contact-draft.ts';
import { listErrors } from './field-errors.ts';
import { LinksEditor } from './links-editor.tsx';
import { OwnersEditor } from './owners-editor.tsx';

type TProps = {
  value: TEntityDraft;
  onChange: (value: TEntityDraft) => void;
  error: unknown;
  selfId?: string;
};

/**
 * Who represents the entity towards the agent (mandataries, natural persons with their powers), who owns
 * or controls it (beneficial owners, through holdings if need be) and, failing them, its senior managing
 * officials (law of 18/09/2017 art. 4, 27° and art. 23).
 */
export function EntityLinks({ value, onChange, error, selfId }: TProps) {
  const { t } = useTranslation('contacts');
  const set = (patch: Partial<TEntityDraft>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend={t('sections.links')}>
      <Stack>
        {value.hasIntroducer && (
          <Alert color="blue" variant="light">
            {t('hints.introducerMayOmit')}
          </Alert>
        )}
        <LinksEditor
          title={t('fields.mandataries')}
          description={t('hints.mandataries')}
          items={value.mandataries}
          onChange={(mandataries) => set({ mandataries })}
          create={(link) => ({ ...link, power: '' })}
          kind="person"
          selfId={selfId}
          errors={listErrors(error, 'mandataries')}
          testId="mandataries"
          renderExtra={(item, update) => (
            <TextInput
              name="power"
              label={t('fields.power')}
              placeholder={t('hints.power')}
              value={item.power}
              onChange={(e) => update({ power: e.currentTarget.value })}
            />
          )}
        />
        <OwnersEditor
          items={value.beneficialOwners}
          onChange={(beneficialOwners) => set({ beneficialOwners })}
          forEntity
          selfId={selfId}
          errors={listErrors(error, 'beneficialOwners')}
        />
        <LinksEditor
          title={t('fields.seniorManagingOfficials')}
          description={t('hints.seniorManagingOfficials')}
          items={value.seniorManagingOfficials}
          onChange={(seniorManagingOfficials) => set({ seniorManagingOfficials })}
          create={(link) => link}
          kind="person"
          selfId={selfId}
          errors={listErrors(error, 'seniorManagingOfficials')}
          testId="senior-managing-officials"
        />
      </Stack>
    </Fieldset>
  );
}
