import { describe, expect, it } from 'vitest';
import { genesisHash, hashAuditRow, linkTail, sha256, type TLinkFields } from './audit-hash.ts';

const fields: TLinkFields = {
  chain: '1b7c4f0e-6a43-4a8e-9d3c-2f1f3f6f8a10',
  organisationId: '1b7c4f0e-6a43-4a8e-9d3c-2f1f3f6f8a10',
  actorUserId: null,
  action: 'contact.viewed',
  subjectType: 'contact',
  subjectId: 'Ωmega "quoted" \\ back\nslash — é',
  payloadHash: sha256('{}'),
  ip: '::1',
  createdAt: new Date('2026-12-03T18:30:00.123Z'),
};

describe('linkTail', () => {
  it('is the hashed text after the previous hash, so the database can link a row as hashAuditRow does', () => {
    for (const prevHash of [genesisHash, sha256('previous row')]) {
      expect(sha256(`["${prevHash}"${linkTail(fields)}`)).toBe(hashAuditRow({ ...fields, prevHash }));
    }
  });

  it('changes with every hashed field', () => {
    const base = linkTail(fields);
    expect(linkTail({ ...fields, ip: null })).not.toBe(base);
    expect(linkTail({ ...fields, createdAt: new Date('2026-12-03T18:30:00.124Z') })).not.toBe(base);
    expect(linkTail({ ...fields, chain: 'platform' })).not.toBe(base);
  });
});
