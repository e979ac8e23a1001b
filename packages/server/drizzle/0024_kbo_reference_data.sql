CREATE TABLE "kbo_activities" (
	"entity_number" text NOT NULL,
	"activity_group" text NOT NULL,
	"nace_version" text NOT NULL,
	"nace_code" text NOT NULL,
	"classification" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kbo_addresses" (
	"entity_number" text NOT NULL,
	"type_of_address" text NOT NULL,
	"country_nl" text,
	"country_fr" text,
	"zipcode" text,
	"municipality_nl" text,
	"municipality_fr" text,
	"street_nl" text,
	"street_fr" text,
	"house_number" text,
	"box" text,
	"extra_address_info" text,
	"date_striking_off" text
);
--> statement-breakpoint
CREATE TABLE "kbo_codes" (
	"category" text NOT NULL,
	"code" text NOT NULL,
	"language" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "kbo_codes_category_code_language_pk" PRIMARY KEY("category","code","language")
);
--> statement-breakpoint
CREATE TABLE "kbo_denominations" (
	"entity_number" text NOT NULL,
	"language" text NOT NULL,
	"type_of_denomination" text NOT NULL,
	"denomination" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kbo_enterprises" (
	"enterprise_number" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"juridical_situation" text NOT NULL,
	"type_of_enterprise" text NOT NULL,
	"juridical_form" text,
	"juridical_form_cac" text,
	"start_date" text
);
--> statement-breakpoint
CREATE TABLE "kbo_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"extract_type" text,
	"extract_number" text,
	"snapshot_date" text,
	"status" text DEFAULT 'running' NOT NULL,
	"current_file" text,
	"rows_committed" integer DEFAULT 0 NOT NULL,
	"files_done" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows_imported" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "kbo_activities_entity_idx" ON "kbo_activities" USING btree ("entity_number");--> statement-breakpoint
CREATE INDEX "kbo_addresses_entity_idx" ON "kbo_addresses" USING btree ("entity_number");--> statement-breakpoint
CREATE INDEX "kbo_denominations_entity_idx" ON "kbo_denominations" USING btree ("entity_number");--> statement-breakpoint
CREATE INDEX "kbo_import_runs_sha_idx" ON "kbo_import_runs" USING btree ("file_sha256");