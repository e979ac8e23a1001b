import {
  Checkbox,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { entityTypes } from '@vigilo/domain/contracts/contacts.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddressFields } from './address-fields.tsx';
import type { TEntityDraft } from './contact-draft.ts';
import { CountrySelect } from './country-select.tsx';
import { KboFill } from './kbo-fill.tsx';

type TProps = {
  value: TEntityDraft;
  onChange: (value: TEntityDraft) => void;
  errorOf: (field: string) => string | undefined;
  /** The client's own identification page (B5): the agency's internal fields are left out. */
  forClient?: boolean;
  /** Mandataries, beneficial owners and senior managing officials (they need the contact picker). */
  linksSlot: ReactNode;
};

/** Identification of a legal entity, trust or de-facto association (law of 18 September 2017 art. 26–27; 2022 regulation). */
export function EntityFields({ value, onChange, errorOf, linksSlot, forClient = false }: TProps) {
  const { t } = useTranslation('contacts');
  const set = (patch: Partial<TEntityDraft>) => onChange({ ...value, ...patch });
  const text = (key: 'name' | 'legalForm' | 'publicationReferences' | 'enterpriseNumber') => ({
    name: key,
    label: t(`fields.${key}`),
    value: value[key],
    error: errorOf(key),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set({ [key]: e.currentTarget.value }),
  });
  return (
    <Stack>
      <Fieldset legend={t('sections.organisation')}>
        <Stack>
          <TextInput {...text('name')} required />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              name="entityType"
              label={t('fields.entityType')}
              data={entityTypes.map((type) => ({ value: type, label: t(`options.entityType.${type}`) }))}
              value={value.entityType || null}
              error={errorOf('entityType')}
              allowDeselect={false}
              required
              onChange={(entityType) => set({ entityType: entityType ?? '' })}
            />
            <TextInput {...text('legalForm')} description={t('hints.legalForm')} />
          </SimpleGrid>
          <div>
            <Text size="sm" fw={500}>
              {t('fields.registration')}
            </Text>
            <SegmentedControl
              data-testid="registration"
              value={value.registration}
              onChange={(registration) => set({ registration: registration as TEntityDraft['registration'] })}
              data={(['belgian', 'foreign', 'none'] as const).map((r) => ({
                value: r,
                label: t(`options.registration.${r}`),
              }))}
            />
          </div>
          {value.registration === 'belgian' && (
            <TextInput {...text('enterpriseNumber')} description={t('hints.enterpriseNumber')} />
          )}
          {value.registration === 'belgian' && !forClient && <KboFill value={value} onChange={onChange} />}
          {value.registration === 'foreign' && (
            <Group grow align="flex-start">
              <TextInput
                name="foreignRegistration.number"
                label={t('fields.foreignRegistration.number')}
                value={value.foreignRegistration.number}
                error={errorOf('foreignRegistration.number')}
                required
                onChange={(e) =>
                  set({
                    foreignRegistration: { ...value.foreignRegistration, number: e.currentTarget.value },
                  })
                }
              />
              <CountrySelect
                name="foreignRegistration.country"
                label={t('fields.foreignRegistration.country')}
                value={value.foreignRegistration.country || null}
                error={errorOf('foreignRegistration.country')}
                required
                onChange={(country) =>
                  set({ foreignRegistration: { ...value.foreignRegistration, country: country ?? '' } })
                }
              />
            </Group>
          )}
          {value.registration === 'none' && (
            <Text size="sm" c={errorOf('enterpriseNumber') ? 'red' : 'dimmed'}>
              {errorOf('enterpriseNumber') ?? t('hints.noRegistration')}
            </Text>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('sections.offices')}>
        <Stack>
          <Text size="sm" fw={500}>
            {t('fields.registeredOffice')}
          </Text>
          <AddressFields
            path="registeredOffice"
            value={value.registeredOffice}
            onChange={(registeredOffice) => set({ registeredOffice })}
            errorOf={errorOf}
          />
          <Checkbox
            name="hasMainPlaceOfBusiness"
            label={t('fields.hasMainPlaceOfBusiness')}
            checked={value.hasMainPlaceOfBusiness}
            onChange={(e) => set({ hasMainPlaceOfBusiness: e.currentTarget.checked })}
          />
          {value.hasMainPlaceOfBusiness && (
            <AddressFields
              path="mainPlaceOfBusiness"
              value={value.mainPlaceOfBusiness}
              onChange={(mainPlaceOfBusiness) => set({ mainPlaceOfBusiness })}
              errorOf={errorOf}
            />
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('sections.administration')}>
        <Stack>
          <TagsInput
            name="administrators"
            label={t('fields.administrators')}
            description={t('hints.administrators')}
            value={value.administrators}
            error={errorOf('administrators')}
            onChange={(administrators) => set({ administrators })}
          />
          <Textarea
            name="representationPowers"
            label={t('fields.representationPowers')}
            value={value.representationPowers}
            error={errorOf('representationPowers')}
            autosize
            minRows={2}
            onChange={(e) => set({ representationPowers: e.currentTarget.value })}
          />
          <TextInput {...text('publicationReferences')} description={t('hints.publicationReferences')} />
        </Stack>
      </Fieldset>
      <IntroducerFields value={value} set={set} errorOf={errorOf} />
      {linksSlot}
      {!forClient && (
        <Textarea
          name="notes"
          label={t('fields.notes')}
          value={value.notes}
          error={errorOf('notes')}
          autosize
          minRows={2}
          onChange={(e) => set({ notes: e.currentTarget.value })}
        />
      )}
    </Stack>
  );
}

type TIntroducerProps = {
  value: TEntityDraft;
  set: (patch: Partial<TEntityDraft>) => void;
  errorOf: (field: string) => string | undefined;
};

/** A qualifying third-party introducer who already identified the client (law of 18 September 2017, third-party introducers; 2022 regulation). */
function IntroducerFields({ value, set, errorOf }: TIntroducerProps) {
  const { t } = useTranslation('contacts');
  const introducer = value.introducer;
  return (
    <Fieldset legend={t('sections.introducer')}>
      <Stack>
        <Checkbox
          name="hasIntroducer"
          label={t('fields.hasIntroducer')}
          description={t('hints.introducer')}
          checked={value.hasIntroducer}
          onChange={(e) => set({ hasIntroducer: e.currentTarget.checked })}
        />
        {value.hasIntroducer && (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              name="introducer.name"
              label={t('fields.introducer.name')}
              value={introducer.name}
              error={errorOf('introducer.name')}
              required
              onChange={(e) => set({ introducer: { ...introducer, name: e.currentTarget.value } })}
            />
            <TextInput
              name="introducer.type"
              label={t('fields.introducer.type')}
              description={t('hints.introducerType')}
              value={introducer.type}
              error={errorOf('introducer.type')}
              required
              onChange={(e) => set({ introducer: { ...introducer, type: e.currentTarget.value } })}
            />
            <CountrySelect
              name="introducer.country"
              label={t('fields.introducer.country')}
              value={introducer.country || null}
              error={errorOf('introducer.country')}
              required
              onChange={(country) => set({ introducer: { ...introducer, country: country ?? '' } })}
            />
          </SimpleGrid>
        )}
      </Stack>
    </Fieldset>
  );
}
