ALTER TABLE "transaction_parties" ADD COLUMN "side" text;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "brokerage_agreement_date" date;--> statement-breakpoint
ALTER TABLE "transactions" ADD COLUMN "agreement_date" date;