import { Alert, Stack } from '@mantine/core';
import type { TContactDetail } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';

const informational = new Set(['introducer_recorded']);

/** What still needs attention on the contact (never blocking a draft), one alert per warning. */
export function ContactFlags({ contact }: { contact: TContactDetail }) {
  const { t } = useTranslation('contacts');
  const flags = [...contact.flags];
  if (contact.seniorManagingOfficialsRequired) flags.push('senior_managing_officials_required');
  if (flags.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="contact-flags">
      {flags.map((flag) => (
        <Alert
          key={flag}
          color={informational.has(flag) ? 'blue' : 'orange'}
          variant="light"
          data-testid={`flag-${flag}`}
          title={t(`flags.${flag}.title`, { defaultValue: flag })}
        >
          {t(`flags.${flag}.text`, { defaultValue: '' })}
        </Alert>
      ))}
    </Stack>
  );
}
