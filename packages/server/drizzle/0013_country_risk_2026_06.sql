-- High-risk jurisdictions, version 2 (supersedes the June 2025 seed of 0009, which still listed Croatia,
-- removed by the FATF in June 2025, and Burkina Faso, Mozambique, Nigeria and South Africa, removed in
-- October 2025). FATF lists as of the plenary of 17-19 June 2026 (the latest one verified: February 2026
-- added Kuwait and Papua New Guinea; June 2026 added Bosnia and Herzegovina and Iraq and removed Algeria
-- and Namibia; 22 jurisdictions under increased monitoring). The EU list is the one of 0009 (Delegated
-- Regulation (EU) 2016/1675 as amended by Delegated Regulation (EU) 2025/1184); a later amendment could
-- not be verified (docs/DOMAIN.md). Each list carries its source and date in "provenance".
INSERT INTO "country_risk_versions" ("version", "published_on", "lists") VALUES (2, '2026-06-19', '{
  "fatfCallForAction": ["KP", "IR", "MM"],
  "fatfIncreasedMonitoring": ["AO", "BO", "BG", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "NP", "SS", "SY", "VE", "VN", "YE", "VG", "KW", "PG", "BA", "IQ"],
  "euHighRiskThirdCountries": ["AF", "DZ", "AO", "BF", "CM", "CI", "CD", "KP", "HT", "IR", "KE", "LA", "LB", "MC", "MZ", "MM", "NA", "NP", "NG", "ZA", "SS", "SY", "TT", "VU", "VE", "VN", "YE", "BO", "VG"],
  "provenance": {
    "fatfCallForAction": {"source": "FATF, High-Risk Jurisdictions subject to a Call for Action, plenary of 17-19 June 2026", "date": "2026-06-19", "url": "https://www.fatf-gafi.org/en/topics/high-risk-and-other-monitored-jurisdictions.html"},
    "fatfIncreasedMonitoring": {"source": "FATF, Jurisdictions under Increased Monitoring, plenary of 17-19 June 2026", "date": "2026-06-19", "url": "https://www.fatf-gafi.org/en/topics/high-risk-and-other-monitored-jurisdictions.html"},
    "euHighRiskThirdCountries": {"source": "Commission Delegated Regulation (EU) 2016/1675, Annex, as amended by Delegated Regulation (EU) 2025/1184", "date": "2025-08-05", "url": "https://eur-lex.europa.eu/eli/reg_del/2016/1675"}
  }
}'::jsonb) ON CONFLICT DO NOTHING;
