import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.ts';
import { withoutFieldPrefix } from './form-errors.ts';

/** Shows an API error in the interface language; field-level messages are shown by the fields. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.body.code : 'internal_error';
  return (
    <Alert color="red" role="alert" data-testid="error-alert">
      {t(`errors:${code}`)}
    </Alert>
  );
}

/** The message the API gave for one field, if any, without the field path (the field's label names it). */
export function fieldError(error: unknown, field: string): string | undefined {
  const message = error instanceof ApiError ? error.fieldErrors()[field] : undefined;
  return message === undefined ? undefined : withoutFieldPrefix(message, field);
}
