CREATE TABLE "contact_retention" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"ended_on" date,
	"end_source" text,
	"end_reason" text,
	"end_recorded_by" uuid,
	"end_recorded_at" timestamp with time zone,
	"proposed_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone,
	"dismissed_at" timestamp with time zone,
	"extended_until" date,
	"extension_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"placed_by" uuid,
	"placed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"released_by" uuid,
	"released_at" timestamp with time zone,
	"release_reason" text
);
--> statement-breakpoint
CREATE TABLE "pending_storage_deletions" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"storage" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_residues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_year" integer NOT NULL,
	"ended_year" integer,
	"purged_year" integer NOT NULL,
	"contact_kind" text,
	"transaction_type" text,
	"status" text NOT NULL,
	"vigilance_level" text,
	"countries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"price_band" text,
	"declared_to_officer" boolean DEFAULT false NOT NULL,
	"reported_to_ctif" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "redacted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_retention" ADD CONSTRAINT "contact_retention_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_retention" ADD CONSTRAINT "contact_retention_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_retention" ADD CONSTRAINT "contact_retention_end_recorded_by_users_id_fk" FOREIGN KEY ("end_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_placed_by_users_id_fk" FOREIGN KEY ("placed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_holds" ADD CONSTRAINT "legal_holds_released_by_users_id_fk" FOREIGN KEY ("released_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_residues" ADD CONSTRAINT "retention_residues_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_retention_org_idx" ON "contact_retention" USING btree ("organisation_id","ended_on");--> statement-breakpoint
CREATE INDEX "legal_holds_contact_idx" ON "legal_holds" USING btree ("organisation_id","contact_id");--> statement-breakpoint
CREATE INDEX "retention_residues_org_idx" ON "retention_residues" USING btree ("organisation_id","kind","created_year");