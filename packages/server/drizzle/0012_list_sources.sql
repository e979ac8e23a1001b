CREATE TABLE "list_source_states" (
	"source" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"etag" text,
	"last_modified" text,
	"last_check_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_change_at" timestamp with time zone,
	"next_check_at" timestamp with time zone,
	"failing_since" timestamp with time zone,
	"last_error" text,
	"last_refusal" jsonb
);
--> statement-breakpoint
CREATE TABLE "platform_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"details" jsonb NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "platform_alerts_open_key" ON "platform_alerts" USING btree ("kind","subject") WHERE resolved_at is null;