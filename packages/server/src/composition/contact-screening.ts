import { useContactScreening } from '../contacts/contact-screening-port.ts';
import { screenSavedContact } from '../screening/screen-contact.ts';
import { screeningOfVersion } from '../screening/version-screening.ts';

/** Saving a contact screens it in the same transaction (M4); the acceptance document shows that screening. */
export function wireContactScreening(): void {
  useContactScreening({ screenSavedContact, screeningOfVersion });
}
