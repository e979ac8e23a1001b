import {
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { idDocumentTypes, identificationModes, pepStatuses } from '@vigilo/domain/contracts/contacts.ts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { AddressFields } from './address-fields.tsx';
import type { TPersonDraft } from './contact-draft.ts';
import { CountriesMultiSelect, CountrySelect } from './country-select.tsx';

type TProps = {
  value: TPersonDraft;
  onChange: (value: TPersonDraft) => void;
  errorOf: (field: string) => string | undefined;
  /** The client's own identification page (B5): the agency's internal fields are left out. */
  forClient?: boolean;
  /** The beneficial owners a person acting for someone else must name (left out in the quick-create form). */
  ownersSlot?: ReactNode;
};

const today = () => new Date().toISOString().slice(0, 10);

/** Identification of a natural person (law of 18 September 2017 art. 26–27; 2022 regulation). */
export function PersonFields({ value, onChange, errorOf, ownersSlot, forClient = false }: TProps) {
  const { t } = useTranslation('contacts');
  const set = (patch: Partial<TPersonDraft>) => onChange({ ...value, ...patch });
  const text = (key: 'lastName' | 'firstNames' | 'birthPlace' | 'profession' | 'nationalNumber') => ({
    name: key,
    label: t(`fields.${key}`),
    value: value[key],
    error: errorOf(key),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set({ [key]: e.currentTarget.value }),
  });
  const doc = value.idDocument;
  return (
    <Stack>
      <Fieldset legend={t('sections.identity')}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('lastName')} description={t('hints.lastName')} required />
            <TextInput {...text('firstNames')} required />
            <DateField
              name="birthDate"
              label={t('fields.birthDate')}
              value={value.birthDate}
              error={errorOf('birthDate')}
              required
              onChange={(day) => set({ birthDate: day })}
            />
            <TextInput {...text('birthPlace')} required />
          </SimpleGrid>
          <CountriesMultiSelect
            name="nationalities"
            label={t('fields.nationalities')}
            value={value.nationalities}
            error={errorOf('nationalities')}
            required
            onChange={(nationalities) => set({ nationalities })}
          />
          <TextInput {...text('profession')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('sections.address')}>
        <Stack>
          <AddressFields
            path="address"
            value={value.address}
            onChange={(address) => set({ address })}
            errorOf={errorOf}
          />
          <Checkbox
            name="needsProofOfAddress"
            label={t('fields.needsProofOfAddress')}
            description={t('hints.needsProofOfAddress')}
            checked={value.needsProofOfAddress}
            onChange={(e) => set({ needsProofOfAddress: e.currentTarget.checked })}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('sections.idDocument')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            name="idDocument.type"
            label={t('fields.idDocument.type')}
            data={idDocumentTypes.map((type) => ({
              value: type,
              label: t(`options.idDocumentType.${type}`),
            }))}
            value={doc.type || null}
            error={errorOf('idDocument.type')}
            required
            allowDeselect={false}
            onChange={(type) => set({ idDocument: { ...doc, type: type ?? '' } })}
          />
          <TextInput
            name="idDocument.number"
            label={t('fields.idDocument.number')}
            value={doc.number}
            error={errorOf('idDocument.number')}
            required
            onChange={(e) => set({ idDocument: { ...doc, number: e.currentTarget.value } })}
          />
          <DateField
            name="idDocument.issueDate"
            label={t('fields.idDocument.issueDate')}
            value={doc.issueDate}
            error={errorOf('idDocument.issueDate')}
            maxDate={today()}
            onChange={(day) => set({ idDocument: { ...doc, issueDate: day } })}
          />
          <DateField
            name="idDocument.expiryDate"
            label={t('fields.idDocument.expiryDate')}
            value={doc.expiryDate}
            error={errorOf('idDocument.expiryDate')}
            required
            onChange={(day) => set({ idDocument: { ...doc, expiryDate: day } })}
          />
          <CountrySelect
            name="idDocument.issuingCountry"
            label={t('fields.idDocument.issuingCountry')}
            value={doc.issuingCountry || null}
            error={errorOf('idDocument.issuingCountry')}
            required
            onChange={(country) => set({ idDocument: { ...doc, issuingCountry: country ?? '' } })}
          />
          <TextInput {...text('nationalNumber')} description={t('hints.nationalNumber')} />
        </SimpleGrid>
      </Fieldset>
      {!forClient && (
        <Radio.Group
          name="identificationMode"
          label={t('fields.identificationMode')}
          description={t('hints.identificationMode')}
          value={value.identificationMode}
          error={errorOf('identificationMode')}
          required
          onChange={(identificationMode) => set({ identificationMode })}
        >
          <Stack gap="xs" mt="xs">
            {identificationModes.map((mode) => (
              <Radio key={mode} value={mode} label={t(`options.identificationMode.${mode}`)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {!forClient && (
        <Fieldset legend={t('sections.pep')} data-testid="pep-fields">
          <Stack>
            <Radio.Group
              name="pep.status"
              label={t('fields.pep.status')}
              description={t('hints.pep')}
              value={value.pep.status}
              error={errorOf('pep.status')}
              onChange={(status) => set({ pep: { ...value.pep, status } })}
            >
              <Stack gap="xs" mt="xs">
                {pepStatuses.map((status) => (
                  <Radio
                    key={status}
                    value={status}
                    label={t(`options.pepStatus.${status}`)}
                    data-testid={`pep-status-${status}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {value.pep.status !== 'none' && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput
                  name="pep.function"
                  label={t('fields.pep.function')}
                  description={t('hints.pepFunction')}
                  value={value.pep.function}
                  error={errorOf('pep.function')}
                  required
                  onChange={(e) => set({ pep: { ...value.pep, function: e.currentTarget.value } })}
                />
                <CountrySelect
                  name="pep.country"
                  label={t('fields.pep.country')}
                  value={value.pep.country || null}
                  error={errorOf('pep.country')}
                  required
                  onChange={(country) => set({ pep: { ...value.pep, country: country ?? '' } })}
                />
                <DateField
                  name="pep.startDate"
                  label={t('fields.pep.startDate')}
                  value={value.pep.startDate}
                  error={errorOf('pep.startDate')}
                  onChange={(day) => set({ pep: { ...value.pep, startDate: day } })}
                />
                <DateField
                  name="pep.endDate"
                  label={t('fields.pep.endDate')}
                  description={t('hints.pepEndDate')}
                  value={value.pep.endDate}
                  error={errorOf('pep.endDate')}
                  onChange={(day) => set({ pep: { ...value.pep, endDate: day } })}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
      )}
      {ownersSlot && (
        <>
          <Radio.Group
            name="actsForOwnAccount"
            label={t('fields.actsForOwnAccount')}
            value={value.actsForOwnAccount ? 'yes' : 'no'}
            onChange={(answer) => set({ actsForOwnAccount: answer === 'yes' })}
          >
            <Group mt="xs">
              <Radio value="yes" label={t('answer.yes')} data-testid="acts-for-own-account-yes" />
              <Radio value="no" label={t('answer.no')} data-testid="acts-for-own-account-no" />
            </Group>
          </Radio.Group>
          {!value.actsForOwnAccount && ownersSlot}
        </>
      )}
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
