import { describe, expect, it } from 'vitest';
import { auditPayloadOf, auditPayloadSchema, readAuditPayload } from './audit-payloads.ts';

describe('audit payloads read with their action', () => {
  it('types a stored payload by its action, keeping fields written through an API key', () => {
    const read = readAuditPayload('member.updated', {
      userId: 'u1',
      changes: { toolRole: 'officer' },
      viaApiKey: { id: 'k', name: 'CRM' },
    });
    expect(read?.action).toBe('member.updated');
    if (read?.action === 'member.updated') expect(read.payload.changes.toolRole).toBe('officer');
  });

  it('gives null for an unknown action, an erased payload or a payload that does not fit', () => {
    expect(readAuditPayload('nothing.done', {})).toBeNull();
    expect(readAuditPayload('contact.updated', null)).toBeNull();
    expect(readAuditPayload('contact.updated', { versionNo: 'two' })).toBeNull();
  });

  it('reads one action only', () => {
    const event = { action: 'contact.acceptance_pdf_generated', payload: { versionNo: 3 } };
    expect(auditPayloadOf(event, 'contact.acceptance_pdf_generated')?.versionNo).toBe(3);
    expect(auditPayloadOf(event, 'contact.updated')).toBeNull();
  });

  it('writes strictly: an unknown field is refused', () => {
    expect(auditPayloadSchema('webhook.enabled').safeParse({ url: 'https://x' }).success).toBe(true);
    expect(auditPayloadSchema('webhook.enabled').safeParse({ url: 'https://x', secret: 's' }).success).toBe(
      false,
    );
  });
});
