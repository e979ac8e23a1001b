import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';

/** "Grote Markt 1, 2000 Antwerpen" (the country only when not Belgium). */
export function formatAddress(address: TAddress): string {
  const city = `${address.postalCode} ${address.city}`;
  return [address.street, city, address.country === 'BE' ? '' : address.country].filter(Boolean).join(', ');
}
