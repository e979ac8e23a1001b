-- Issued invoices and credit notes are immutable (issue 24): a correction is a new credit note. Only
-- invoice_deliveries (how a document reached the customer) changes after issue.
CREATE FUNCTION invoicing_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'issued invoices are immutable (% on %)', TG_OP, TG_TABLE_NAME;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_immutable BEFORE UPDATE OR DELETE ON invoices
  FOR EACH ROW EXECUTE FUNCTION invoicing_immutable();
--> statement-breakpoint
CREATE TRIGGER invoice_lines_immutable BEFORE UPDATE OR DELETE ON invoice_lines
  FOR EACH ROW EXECUTE FUNCTION invoicing_immutable();
--> statement-breakpoint
CREATE TRIGGER invoiced_movements_immutable BEFORE UPDATE OR DELETE ON invoiced_movements
  FOR EACH ROW EXECUTE FUNCTION invoicing_immutable();
