CREATE TABLE "country_risk_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"published_on" text NOT NULL,
	"lists" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "country_risk_versions_version_unique" UNIQUE("version")
);--> statement-breakpoint
CREATE TABLE "list_entries" (
	"version_id" uuid NOT NULL,
	"entry_id" text NOT NULL,
	"entry_hash" text NOT NULL,
	"data" jsonb NOT NULL
);--> statement-breakpoint
CREATE TABLE "list_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"source" text NOT NULL,
	"format" text NOT NULL,
	"list_date" text NOT NULL,
	"checksum" text NOT NULL,
	"counts" jsonb NOT NULL,
	"diff" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "rescreen_runs" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"last_contact_id" uuid,
	"screened" integer DEFAULT 0 NOT NULL,
	"new_hits" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone
);--> statement-breakpoint
CREATE TABLE "screening_hits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"screening_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"party_contact_id" uuid NOT NULL,
	"party_name" text NOT NULL,
	"party_fingerprint" text NOT NULL,
	"list" text NOT NULL,
	"entry_id" text NOT NULL,
	"entry_hash" text NOT NULL,
	"matched_name" text NOT NULL,
	"score" real NOT NULL,
	"explanation" jsonb NOT NULL,
	"is_new" integer DEFAULT 1 NOT NULL,
	"disposition" text DEFAULT 'open' NOT NULL,
	"disposition_reason" text,
	"dispositioned_by" uuid,
	"dispositioned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"contact_version_no" integer NOT NULL,
	"trigger" text NOT NULL,
	"list_versions" jsonb NOT NULL,
	"country_risk_version" integer,
	"level" text NOT NULL,
	"factors" jsonb NOT NULL,
	"screened_by" uuid,
	"screened_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "country_risk_versions" ADD CONSTRAINT "country_risk_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_entries" ADD CONSTRAINT "list_entries_version_id_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "list_versions" ADD CONSTRAINT "list_versions_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rescreen_runs" ADD CONSTRAINT "rescreen_runs_version_id_list_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."list_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_hits" ADD CONSTRAINT "screening_hits_dispositioned_by_users_id_fk" FOREIGN KEY ("dispositioned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "list_entries_version_entry_key" ON "list_entries" USING btree ("version_id","entry_id");--> statement-breakpoint
CREATE INDEX "list_versions_source_idx" ON "list_versions" USING btree ("source","imported_at");--> statement-breakpoint
CREATE INDEX "screening_hits_screening_idx" ON "screening_hits" USING btree ("screening_id");--> statement-breakpoint
CREATE INDEX "screening_hits_contact_idx" ON "screening_hits" USING btree ("organisation_id","contact_id","list","entry_id");--> statement-breakpoint
CREATE INDEX "screenings_contact_idx" ON "screenings" USING btree ("organisation_id","contact_id","screened_at");
