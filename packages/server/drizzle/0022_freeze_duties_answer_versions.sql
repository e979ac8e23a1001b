CREATE TABLE "case_answer_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "freeze_duty_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"hit_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"duty" text NOT NULL,
	"done_on" text NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_answer_versions" ADD CONSTRAINT "case_answer_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_answer_versions" ADD CONSTRAINT "case_answer_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_duty_records" ADD CONSTRAINT "freeze_duty_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_duty_records" ADD CONSTRAINT "freeze_duty_records_hit_id_screening_hits_id_fk" FOREIGN KEY ("hit_id") REFERENCES "public"."screening_hits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_duty_records" ADD CONSTRAINT "freeze_duty_records_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freeze_duty_records" ADD CONSTRAINT "freeze_duty_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_answer_versions_subject_version_key" ON "case_answer_versions" USING btree ("subject_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "freeze_duty_records_hit_duty_key" ON "freeze_duty_records" USING btree ("hit_id","duty");--> statement-breakpoint
CREATE INDEX "freeze_duty_records_contact_idx" ON "freeze_duty_records" USING btree ("organisation_id","contact_id");