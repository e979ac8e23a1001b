#!/usr/bin/env node
// Verifies a Vigilo supervisor export offline, with Node.js 18+ and nothing else.
//
//   unzip vigilo-export.zip -d export && node export/verify-export.mjs export
//
// 1. Every audit event's hash is recomputed from its fields and each event must point to the previous
//    one (prevHash): the slice is an unbroken piece of the organisation's hash chain.
//    hash        = SHA-256( canonical JSON of [prevHash, chain, organisationId, actorUserId, action,
//                           subjectType, subjectId, payloadHash, ip, createdAt] )
//    payloadHash = SHA-256( canonical JSON of payload )      (canonical JSON: keys sorted at every level)
// 2. Every payload present must match its payloadHash. A payload may be absent when the event is outside
//    the export's scope, or when a retention purge erased it: then `redactedAt` is set and a later
//    `retention.contact_purged` event of the slice lists the event in `redactedEventIds`.
// 3. Every document listed in records.json must be in the folder with the recorded SHA-256.
// Compare `headHash` with the chain of the running Vigilo (audit viewer, or a later export): a later
// export of the same organisation contains this head unchanged.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const genesisHash = '0'.repeat(64);
const purgeAction = 'retention.contact_purged';

/** JSON with object keys sorted at every level. */
export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** Checks an exported audit slice; returns the problems found (none when it verifies). */
export function verifyAuditSlice(audit) {
  const problems = [];
  const authorised = new Map();
  for (const e of audit.events) {
    if (e.action === purgeAction && e.payload && Array.isArray(e.payload.redactedEventIds)) {
      for (const id of e.payload.redactedEventIds) authorised.set(id, e.id);
    }
  }
  let prev = audit.anchorPrevHash;
  if (audit.events[0] && audit.events[0].prevHash !== prev)
    problems.push('anchor does not match the first event');
  for (const e of audit.events) {
    if (e.prevHash !== prev) problems.push(`event ${e.id}: previous hash does not match the event before`);
    if (e.payload !== null) {
      if (sha256(canonicalJson(e.payload)) !== e.payloadHash)
        problems.push(`event ${e.id}: payload does not match its hash`);
    } else if (e.redactedAt !== null) {
      const purge = authorised.get(e.id);
      if (purge === undefined || purge <= e.id)
        problems.push(`event ${e.id}: redacted without a purge event listing it`);
    } else if (e.payloadIncluded) {
      problems.push(`event ${e.id}: payload missing`);
    }
    const fields = [
      e.prevHash,
      e.chain,
      e.organisationId,
      e.actorUserId,
      e.action,
      e.subjectType,
      e.subjectId,
      e.payloadHash,
      e.ip,
      e.createdAt,
    ];
    if (sha256(canonicalJson(fields)) !== e.hash)
      problems.push(`event ${e.id}: hash does not match its content`);
    prev = e.hash;
  }
  if (audit.events.length && prev !== audit.headHash)
    problems.push('head hash does not match the last event');
  if (audit.events.length && audit.events[0].id === 1 && audit.anchorPrevHash !== genesisHash)
    problems.push('first event of the chain must start from the genesis hash');
  return problems;
}

/** Checks records.json and the documents of an unzipped export folder. */
export function verifyExportFolder(folder) {
  const records = JSON.parse(readFileSync(join(folder, 'records.json'), 'utf8'));
  const problems = verifyAuditSlice(records.audit);
  for (const d of records.documents) {
    let bytes;
    try {
      bytes = readFileSync(join(folder, d.path));
    } catch {
      problems.push(`document ${d.path}: missing`);
      continue;
    }
    if (sha256(bytes) !== d.sha256) problems.push(`document ${d.path}: SHA-256 does not match`);
  }
  return {
    problems,
    events: records.audit.events.length,
    documents: records.documents.length,
    headHash: records.audit.headHash,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = process.argv[2] ?? '.';
  const report = verifyExportFolder(folder);
  if (report.problems.length === 0) {
    console.log(
      `OK: ${report.events} audit events chained and hashed, ${report.documents} documents match their SHA-256. Head: ${report.headHash}`,
    );
  } else {
    for (const p of report.problems) console.error(`FAIL: ${p}`);
    process.exitCode = 1;
  }
}
