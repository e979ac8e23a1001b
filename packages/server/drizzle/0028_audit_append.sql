-- Appends events to one audit chain in one statement (issue 21): the chain's lock, its last hash and the
-- inserts ran as three statements (five for a read's own transaction). Each statement of a volatile
-- plpgsql function takes a new snapshot, so the last hash is read after the lock is held, as before.
-- A row's hash is sha256 of the canonical JSON [prevHash, chain, …, createdAt] (hashAuditRow in
-- src/audit/audit-hash.ts): the caller sends each event's text after prevHash as `linkTail`, so the
-- database only prepends the previous hash, and verification in TypeScript recomputes the same value.
CREATE FUNCTION audit_append(p_chain text, p_events jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  prev text;
  event jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit:' || p_chain));
  SELECT hash INTO prev FROM audit_events WHERE chain = p_chain ORDER BY id DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  FOR event IN SELECT value FROM jsonb_array_elements(p_events) WITH ORDINALITY ORDER BY ordinality LOOP
    INSERT INTO audit_events (
      chain, organisation_id, actor_user_id, action, subject_type, subject_id, payload, payload_hash, ip,
      created_at, prev_hash, hash
    ) VALUES (
      p_chain, (event->>'organisationId')::uuid, (event->>'actorUserId')::uuid, event->>'action',
      event->>'subjectType', event->>'subjectId', event->'payload', event->>'payloadHash', event->>'ip',
      (event->>'createdAt')::timestamptz, prev,
      encode(sha256(convert_to('["' || prev || '"' || (event->>'linkTail'), 'UTF8')), 'hex')
    ) RETURNING hash INTO prev;
  END LOOP;
END
$$;
