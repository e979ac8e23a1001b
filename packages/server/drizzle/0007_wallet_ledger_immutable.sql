-- Custom SQL migration file, put your code below! ---- The wallet ledger is append-only (M9): movements, subscriptions and subscription uses are never
-- changed or removed; a correction is a new `adjustment` movement.
CREATE FUNCTION wallet_ledger_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'wallet ledger rows are immutable (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER wallet_movements_immutable BEFORE UPDATE OR DELETE ON wallet_movements
  FOR EACH ROW EXECUTE FUNCTION wallet_ledger_immutable();
--> statement-breakpoint
CREATE TRIGGER wallet_subscriptions_immutable BEFORE UPDATE OR DELETE ON wallet_subscriptions
  FOR EACH ROW EXECUTE FUNCTION wallet_ledger_immutable();
--> statement-breakpoint
CREATE TRIGGER wallet_subscription_uses_immutable BEFORE UPDATE OR DELETE ON wallet_subscription_uses
  FOR EACH ROW EXECUTE FUNCTION wallet_ledger_immutable();
