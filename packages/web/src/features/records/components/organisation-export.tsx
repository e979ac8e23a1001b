import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/date-field.tsx';
import { exportUrls } from '../api/records.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The officer's export of the whole organisation over a period (ZIP for the supervisor). */
export function OrganisationExport() {
  const { t } = useTranslation('records');
  const now = new Date();
  const [from, setFrom] = useState(isoDay(new Date(Date.UTC(now.getUTCFullYear() - 1, 0, 1))));
  const [to, setTo] = useState(isoDay(now));
  return (
    <Group align="flex-end" gap="sm">
      <DateField label={t('export.from')} value={from} onChange={(day) => setFrom(day)} />
      <DateField label={t('export.to')} value={to} onChange={(day) => setTo(day)} />
      <Button
        component="a"
        href={exportUrls.organisation(from, to)}
        download
        disabled={!from || !to || from > to}
        data-testid="export-organisation"
      >
        {t('export.organisation')}
      </Button>
    </Group>
  );
}
