CREATE TABLE "eid_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"national_number_hash" text NOT NULL,
	"birth_date" date,
	"sex" text,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eid_login_states" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid,
	"nonce" text NOT NULL,
	"code_verifier" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_statement_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_sha256" text NOT NULL,
	"message_id" text NOT NULL,
	"account_iban" text,
	"statement_ids" text DEFAULT '' NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"imported_by" uuid,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"entry_reference" text NOT NULL,
	"booking_date" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"currency" text NOT NULL,
	"communication" text,
	"debtor_name" text,
	"debtor_iban" text,
	"status" text NOT NULL,
	"match_error" text,
	"organisation_id" uuid,
	"movement_id" uuid,
	"assigned_by" uuid,
	"assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bank_statement_lines_entry_reference_unique" UNIQUE("entry_reference")
);
--> statement-breakpoint
CREATE TABLE "payment_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"external_id" text,
	"status" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"checkout_url" text,
	"movement_id" uuid,
	"idempotency_key" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"version" integer PRIMARY KEY NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"price_list" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "test_provider_payments" (
	"external_id" text PRIMARY KEY NOT NULL,
	"amount_cents" bigint NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"redirect_url" text NOT NULL,
	"webhook_url" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallet_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"voucher_no" integer NOT NULL,
	"kind" text NOT NULL,
	"product" text NOT NULL,
	"amount_excl_vat_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"amount_incl_vat_cents" bigint NOT NULL,
	"vat_rate_basis_points" integer NOT NULL,
	"balance_after_cents" bigint NOT NULL,
	"price_list_version" integer,
	"reference" text DEFAULT '' NOT NULL,
	"subject_type" text,
	"subject_id" uuid,
	"user_id" uuid,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallet_movements_balance_not_negative" CHECK ("wallet_movements"."balance_after_cents" >= 0),
	CONSTRAINT "wallet_movements_amounts_add_up" CHECK ("wallet_movements"."amount_excl_vat_cents" + "wallet_movements"."vat_cents" = "wallet_movements"."amount_incl_vat_cents")
);
--> statement-breakpoint
CREATE TABLE "wallet_subscription_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"transaction_id" uuid NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallet_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_code" text NOT NULL,
	"included_transactions" integer,
	"purchased_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"price_list_version" integer NOT NULL,
	"purchase_movement_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wallets" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"number" serial NOT NULL,
	"communication_digits" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wallets_number_unique" UNIQUE("number"),
	CONSTRAINT "wallets_communication_digits_unique" UNIQUE("communication_digits")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "auth_method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "require_eid_for_tool" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "officer_requires_eid" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "eid_identities" ADD CONSTRAINT "eid_identities_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eid_login_states" ADD CONSTRAINT "eid_login_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD CONSTRAINT "bank_statement_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_import_id_bank_statement_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."bank_statement_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_movement_id_wallet_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."wallet_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_statement_lines" ADD CONSTRAINT "bank_statement_lines_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_intents" ADD CONSTRAINT "payment_intents_organisation_id_wallets_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."wallets"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_intents" ADD CONSTRAINT "payment_intents_movement_id_wallet_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."wallet_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_intents" ADD CONSTRAINT "payment_intents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_movements" ADD CONSTRAINT "wallet_movements_organisation_id_wallets_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."wallets"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_movements" ADD CONSTRAINT "wallet_movements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_subscription_uses" ADD CONSTRAINT "wallet_subscription_uses_organisation_id_wallets_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."wallets"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_subscription_uses" ADD CONSTRAINT "wallet_subscription_uses_subscription_id_wallet_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."wallet_subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_subscription_uses" ADD CONSTRAINT "wallet_subscription_uses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_subscriptions" ADD CONSTRAINT "wallet_subscriptions_organisation_id_wallets_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."wallets"("organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_subscriptions" ADD CONSTRAINT "wallet_subscriptions_purchase_movement_id_wallet_movements_id_fk" FOREIGN KEY ("purchase_movement_id") REFERENCES "public"."wallet_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "eid_identities_user_key" ON "eid_identities" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "eid_identities_subject_key" ON "eid_identities" USING btree ("issuer","subject");--> statement-breakpoint
CREATE UNIQUE INDEX "eid_identities_national_number_key" ON "eid_identities" USING btree ("national_number_hash");--> statement-breakpoint
CREATE INDEX "eid_login_states_expires_idx" ON "eid_login_states" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "bank_statement_lines_status_idx" ON "bank_statement_lines" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_intents_external_key" ON "payment_intents" USING btree ("provider","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_intents_idempotency_key" ON "payment_intents" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_movements_idempotency_key" ON "wallet_movements" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_movements_voucher_key" ON "wallet_movements" USING btree ("organisation_id","voucher_no");--> statement-breakpoint
CREATE INDEX "wallet_movements_org_created_idx" ON "wallet_movements" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_subscription_uses_idempotency_key" ON "wallet_subscription_uses" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "wallet_subscription_uses_subscription_idx" ON "wallet_subscription_uses" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "wallet_subscriptions_org_idx" ON "wallet_subscriptions" USING btree ("organisation_id","expires_at");