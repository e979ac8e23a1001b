import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../api/contacts.ts';
import type { TLinkDraft } from './contact-draft.ts';
import { formatEnterpriseNumber } from './contact-values.ts';
import { QuickCreatePersonModal } from './quick-create-person-modal.tsx';

type TProps = {
  label: string;
  /** Only persons (mandataries, officials) or any contact (beneficial owners of an entity). */
  kind?: 'person';
  excludeIds: string[];
  onPick: (link: TLinkDraft) => void;
  testId: string;
};

/**
 * Finds a contact of the organisation by name (searched on the server, accents ignored) or creates a
 * natural person on the spot, without leaving the form being filled in.
 */
export function ContactPicker({ label, kind, excludeIds, onPick, testId }: TProps) {
  const { t } = useTranslation('contacts');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [creating, setCreating] = useState(false);
  const found = useContacts({ q: debounced || undefined, kind, sort: 'name', page: 1, pageSize: 20 });
  const options = (found.data?.items ?? [])
    .filter((c) => !excludeIds.includes(c.id))
    .map((c) => ({
      value: c.id,
      label: c.enterpriseNumber
        ? `${c.displayName} (${formatEnterpriseNumber(c.enterpriseNumber)})`
        : c.displayName,
    }));
  return (
    <Group align="flex-end" wrap="nowrap">
      <Select
        style={{ flex: 1 }}
        label={label}
        placeholder={t('picker.placeholder')}
        searchable
        data-testid={testId}
        data={options}
        value={null}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={found.isFetching ? t('common:loading') : t('picker.nothingFound')}
        onChange={(id) => {
          const contact = found.data?.items.find((c) => c.id === id);
          if (contact)
            onPick({ contactId: contact.id, displayName: contact.displayName, kind: contact.kind });
          setSearch('');
        }}
      />
      <Button variant="light" onClick={() => setCreating(true)} data-testid={`${testId}-create`}>
        {t('picker.createPerson')}
      </Button>
      {creating && (
        <QuickCreatePersonModal
          onClose={() => setCreating(false)}
          onCreated={(contact) => {
            setCreating(false);
            onPick({ contactId: contact.id, displayName: contact.displayName, kind: 'person' });
          }}
        />
      )}
    </Group>
  );
}
