// The one Drizzle schema of Vigilo: every feature's tables, re-exported for drizzle-kit and the client.
export * from '../accounts/accounts.schema.ts';
export * from '../audit/audit.schema.ts';
export * from '../client-links/client-links.schema.ts';
export * from '../contacts/contacts.schema.ts';
export * from '../eid/eid.schema.ts';
export * from '../goaml/goaml.schema.ts';
export * from '../jobs/jobs.schema.ts';
export * from '../mail/mail.schema.ts';
export * from '../officer-reports/officer-reports.schema.ts';
export * from '../organisations/organisations.schema.ts';
export * from '../records/records.schema.ts';
export * from '../risk/risk.schema.ts';
export * from '../screening/screening.schema.ts';
export * from '../transactions/transactions.schema.ts';
export * from '../wallet/wallet.schema.ts';
