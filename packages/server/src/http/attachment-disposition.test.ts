import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment-disposition.ts';

describe('attachment file names in Content-Disposition', () => {
  it('keeps accents in the RFC 5987 name and gives old browsers an ASCII fallback', () => {
    expect(attachmentDisposition('Déclaration été.pdf')).toBe(
      `attachment; filename="Declaration ete.pdf"; filename*=UTF-8''D%C3%A9claration%20%C3%A9t%C3%A9.pdf`,
    );
  });

  it('never lets a quote, a semicolon or a line break out of the quoted name', () => {
    const header = attachmentDisposition('a";b\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"')).toHaveLength(3);
    expect(header).toContain(`filename*=UTF-8''a%22%3Bb%0D%0ASet-Cookie%3A%20x%3D1.pdf`);
  });
});
