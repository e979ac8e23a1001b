import { useTranslation } from 'react-i18next';
import { fieldOrCodeError, fieldSentence } from '../../../components/form-errors.ts';
import { ApiError } from '../../../lib/api.ts';

/** The message under one field of the contact form, from the API's details (`address.city`, …). */
export function useFieldErrors(error: unknown) {
  const { t } = useTranslation('contacts');
  return (field: string) => fieldOrCodeError(t, error, field);
}

/** Messages about a list or its items (`beneficialOwners`, `beneficialOwners.1.ownershipPct`). */
export function listErrors(error: unknown, prefix: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.body.details ?? [])
    .filter((d) => d.field === prefix || d.field.startsWith(`${prefix}.`))
    .map((d) => fieldSentence(d.message, d.field));
}

/** Details the form cannot place under a field (e.g. a link to a contact that no longer exists). */
export function unplacedErrors(error: unknown, placed: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.body.details ?? [])
    .filter((d) => !placed.includes(d.field.split('.')[0] ?? ''))
    .map((d) => fieldSentence(d.message, d.field));
}
