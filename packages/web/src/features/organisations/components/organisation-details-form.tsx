import { Alert, Button, Group, Paper, Stack, TextInput } from '@mantine/core';
import type { TOrganisation } from '@vigilo/domain/contracts/organisations.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useUpdateOrganisation } from '../api/organisation.ts';
import { OrganisationFields, type TOrganisationFieldValues } from './organisation-fields.tsx';

function toFields(o: TOrganisation): TOrganisationFieldValues {
  return {
    name: o.name,
    legalForm: o.legalForm,
    street: o.street,
    postalCode: o.postalCode,
    city: o.city,
    country: o.country,
    vatNumber: o.vatNumber ?? '',
    bivNumber: o.bivNumber ?? '',
    email: o.email ?? '',
    phone: o.phone ?? '',
  };
}

type TProps = { organisation: TOrganisation; canEdit: boolean };

/** The organisation's data; only managers may change it (the enterprise number never changes). */
export function OrganisationDetailsForm({ organisation, canEdit }: TProps) {
  const { t } = useTranslation('organisations');
  const update = useUpdateOrganisation();
  const [fields, setFields] = useState(() => toFields(organisation));
  return (
    <Paper p="lg" withBorder>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate(fields);
        }}
      >
        <Stack>
          <ErrorAlert error={update.error} />
          {update.isSuccess && <Alert color="green">{t('common:saved')}</Alert>}
          {!canEdit && (
            <Alert color="gray" data-testid="read-only-details">
              {t('details.readOnly')}
            </Alert>
          )}
          <TextInput
            label={t('fields.enterpriseNumber')}
            value={organisation.enterpriseNumberFormatted}
            readOnly
            disabled
          />
          <OrganisationFields value={fields} onChange={setFields} error={update.error} readOnly={!canEdit} />
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('common:actions.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
