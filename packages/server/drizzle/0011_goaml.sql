CREATE TABLE "goaml_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"xsd_filename" text NOT NULL,
	"xsd" text NOT NULL,
	"xsd_sha256" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"is_active" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goaml_report_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"xml" text NOT NULL,
	"sha256" text NOT NULL,
	"profile_name" text NOT NULL,
	"profile_id" uuid,
	"adjustments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"downloaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goaml_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" jsonb NOT NULL,
	"status" text NOT NULL,
	"texts" jsonb NOT NULL,
	"previous_report_id" uuid,
	"fiu_ref_number" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goaml_settings" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"reporting_entity_id" integer,
	"branch" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "aml_trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"attendees" text DEFAULT '' NOT NULL,
	"attendee_count" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"narrative" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"content" jsonb NOT NULL,
	"reviewed_on" date NOT NULL,
	"next_review_due" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goaml_profiles" ADD CONSTRAINT "goaml_profiles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_report_files" ADD CONSTRAINT "goaml_report_files_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_report_files" ADD CONSTRAINT "goaml_report_files_report_id_goaml_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."goaml_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_report_files" ADD CONSTRAINT "goaml_report_files_downloaded_by_users_id_fk" FOREIGN KEY ("downloaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_reports" ADD CONSTRAINT "goaml_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_reports" ADD CONSTRAINT "goaml_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_settings" ADD CONSTRAINT "goaml_settings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goaml_settings" ADD CONSTRAINT "goaml_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aml_trainings" ADD CONSTRAINT "aml_trainings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aml_trainings" ADD CONSTRAINT "aml_trainings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "goaml_profiles_one_active_key" ON "goaml_profiles" USING btree ("is_active") WHERE "goaml_profiles"."is_active";--> statement-breakpoint
CREATE INDEX "goaml_report_files_report_idx" ON "goaml_report_files" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE INDEX "goaml_reports_subject_idx" ON "goaml_reports" USING btree ("organisation_id","subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "goaml_reports_org_status_idx" ON "goaml_reports" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "goaml_reports_first_per_case_key" ON "goaml_reports" USING btree ("subject_id") WHERE "goaml_reports"."previous_report_id" is null;--> statement-breakpoint
CREATE INDEX "aml_trainings_org_held_idx" ON "aml_trainings" USING btree ("organisation_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_org_year_version_key" ON "annual_reports" USING btree ("organisation_id","year","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_assessments_org_version_key" ON "risk_assessments" USING btree ("organisation_id","version_no");