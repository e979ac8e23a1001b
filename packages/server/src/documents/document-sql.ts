import { type SQL, sql } from 'drizzle-orm';

/*
 * Documents in other modules' queries (the records module's audit subjects and retention clock):
 * `subjectId` is an SQL expression or a value.
 */

/** A subquery of the ids (as text, like audit subject ids) of the documents attached to one subject. */
export function documentIdsOfSubjectSql(
  subjectType: 'contact' | 'transaction',
  subjectId: SQL | string,
): SQL {
  return sql`select id::text from documents where subject_type = ${subjectType} and subject_id = ${subjectId}`;
}

/** When a document was last attached to the contact. */
export function lastContactDocument(contactId: SQL): SQL {
  return sql`(select max(d.created_at) from documents d where d.subject_type = 'contact' and d.subject_id = ${contactId})`;
}

/** Whether a document was attached to the subject within a period (`within`, given a column). */
export function documentAttachedWithin(subjectId: SQL, within: (column: SQL) => SQL): SQL {
  return sql`exists (select 1 from documents d where d.subject_id = ${subjectId} and ${within(sql`d.created_at`)})`;
}
