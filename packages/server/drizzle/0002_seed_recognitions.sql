-- Recognitions named by the existing service's help pages; holding BIV/IPI membership is required for
-- AML tool access by default (platform administrators can change this on the recognitions page).
INSERT INTO "recognition_types" ("code", "label_fr", "label_nl", "label_en", "required_for_tool_access") VALUES
  ('biv_ipi_member', 'Membre IPI', 'Lid BIV', 'BIV/IPI member', true),
  ('fonds323_verified', 'Employé vérifié Fonds 323', 'Geverifieerde werknemer Fonds 323', 'Verified Fund 323 employee', false),
  ('cib_vlaanderen_member', 'Membre CIB Vlaanderen', 'Lid CIB Vlaanderen', 'CIB Vlaanderen member', false)
ON CONFLICT DO NOTHING;
