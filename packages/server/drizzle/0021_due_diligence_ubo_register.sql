CREATE TABLE "beneficial_owner_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"owner_contact_id" uuid NOT NULL,
	"method" text NOT NULL,
	"document_id" uuid,
	"ubo_register_extract_id" uuid,
	"verified_on" date NOT NULL,
	"verified_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ubo_discrepancy_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"extract_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ubo_register_extracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"extract_date" date NOT NULL,
	"listed_owners" jsonb NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_owner_contact_id_contacts_id_fk" FOREIGN KEY ("owner_contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_ubo_register_extract_id_ubo_register_extracts_id_fk" FOREIGN KEY ("ubo_register_extract_id") REFERENCES "public"."ubo_register_extracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficial_owner_verifications" ADD CONSTRAINT "beneficial_owner_verifications_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_discrepancy_reports" ADD CONSTRAINT "ubo_discrepancy_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_discrepancy_reports" ADD CONSTRAINT "ubo_discrepancy_reports_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_discrepancy_reports" ADD CONSTRAINT "ubo_discrepancy_reports_extract_id_ubo_register_extracts_id_fk" FOREIGN KEY ("extract_id") REFERENCES "public"."ubo_register_extracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_discrepancy_reports" ADD CONSTRAINT "ubo_discrepancy_reports_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_register_extracts" ADD CONSTRAINT "ubo_register_extracts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_register_extracts" ADD CONSTRAINT "ubo_register_extracts_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_register_extracts" ADD CONSTRAINT "ubo_register_extracts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ubo_register_extracts" ADD CONSTRAINT "ubo_register_extracts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "beneficial_owner_verifications_contact_idx" ON "beneficial_owner_verifications" USING btree ("organisation_id","contact_id");--> statement-breakpoint
CREATE INDEX "ubo_discrepancy_reports_contact_idx" ON "ubo_discrepancy_reports" USING btree ("organisation_id","contact_id");--> statement-breakpoint
CREATE INDEX "ubo_register_extracts_contact_idx" ON "ubo_register_extracts" USING btree ("organisation_id","contact_id");