CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "contacts_org_search_trgm_idx" ON "contacts" USING gin ("organisation_id","search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
DROP INDEX "contacts_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "contacts_org_status_vigilance_name_idx" ON "contacts" USING btree ("organisation_id","status","vigilance_level","sort_name");--> statement-breakpoint
CREATE INDEX "wallet_movements_org_product_idx" ON "wallet_movements" USING btree ("organisation_id","product");--> statement-breakpoint
CREATE INDEX "wallet_movements_org_user_idx" ON "wallet_movements" USING btree ("organisation_id","user_id");
