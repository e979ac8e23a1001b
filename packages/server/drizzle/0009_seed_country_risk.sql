-- High-risk jurisdictions as published in June 2025 (FATF plenary of 13 June 2025; EU Delegated Regulation
-- 2016/1675 as amended in 2025). Platform administrators publish newer versions from the admin page.
INSERT INTO "country_risk_versions" ("version", "published_on", "lists") VALUES (1, '2025-06-13', '{
  "fatfCallForAction": ["KP", "IR", "MM"],
  "fatfIncreasedMonitoring": ["DZ", "AO", "BO", "BG", "BF", "CM", "CI", "HR", "CD", "HT", "KE", "LA", "LB", "MC", "MZ", "NA", "NP", "NG", "ZA", "SS", "SY", "VE", "VN", "YE", "VG"],
  "euHighRiskThirdCountries": ["AF", "DZ", "AO", "BF", "CM", "CI", "CD", "KP", "HT", "IR", "KE", "LA", "LB", "MC", "MZ", "MM", "NA", "NP", "NG", "ZA", "SS", "SY", "TT", "VU", "VE", "VN", "YE", "BO", "VG"]
}'::jsonb) ON CONFLICT DO NOTHING;
