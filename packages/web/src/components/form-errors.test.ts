import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { listErrors, unplacedErrors } from '../features/contacts/components/field-errors.ts';
import { ApiError } from '../lib/api.ts';
import { fieldError } from './error-alert.tsx';
import { fieldOrCodeError } from './form-errors.ts';

const t = ((key: string) => `«${key}»`) as unknown as TFunction;

function refusal(message: string) {
  return new ApiError(400, {
    code: 'validation_failed',
    message: 'Certains champs sont manquants ou invalides.',
    details: [{ field: 'idDocument.issueDate', code: 'issue_date_after_expiry', message }],
  });
}

describe('the message under a field', () => {
  it('drops the field path the API puts in front, with French and English spacing alike', () => {
    for (const message of [
      "idDocument.issueDate : est postérieure à la date d'expiration du document",
      'idDocument.issueDate: is after the document’s expiry date',
      'idDocument.issueDate: ligt na de vervaldatum van het document',
    ]) {
      const shown = fieldOrCodeError(t, refusal(message), 'idDocument.issueDate');
      expect(shown?.toLowerCase()).not.toContain('iddocument');
      expect(shown?.charAt(0)).toBe(shown?.charAt(0).toUpperCase());
    }
  });

  it('shows nothing under a field the refusal does not name', () => {
    expect(fieldOrCodeError(t, refusal('idDocument.issueDate : x'), 'lastName')).toBeUndefined();
  });
});

describe('the message of a field outside the contact form', () => {
  it('is shown without the field path too', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      message: 'Certains champs sont manquants ou invalides.',
      details: [{ field: 'reason', code: 'required', message: 'reason : est obligatoire' }],
    });
    expect(fieldError(error, 'reason')).toBe('est obligatoire');
  });
});

describe('messages about a list of linked contacts', () => {
  it('never show the API field path either', () => {
    const error = new ApiError(400, {
      code: 'validation_failed',
      message: 'Certains champs sont manquants ou invalides.',
      details: [
        {
          field: 'beneficialOwners',
          code: 'beneficial_owner_required',
          message: 'beneficialOwners : au moins un bénéficiaire effectif est requis',
        },
        {
          field: 'mandataries.0.contactId',
          code: 'invalid',
          message: 'mandataries.0.contactId : est invalide',
        },
      ],
    });
    expect(listErrors(error, 'beneficialOwners')).toEqual(['Au moins un bénéficiaire effectif est requis']);
    expect(unplacedErrors(error, ['beneficialOwners'])).toEqual(['Est invalide']);
  });
});
