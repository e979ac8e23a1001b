CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "contacts_org_search_trgm_idx" ON "contacts" USING gin ("organisation_id","search_text" gin_trgm_ops);--> statement-breakpoint
DROP INDEX "contacts_search_trgm_idx";
