-- High-risk jurisdictions, version 3 (supersedes version 2 of 0013): the EU list of high-risk third countries
-- as amended by Commission Delegated Regulation (EU) 2026/46 of 3 December 2025, which adds the Russian
-- Federation in a new category IV (third countries not listed by the FATF but whose FATF membership is
-- suspended). Verified with the search tool on 2 December 2026 (secondary sources: summary of Delegated
-- Regulation (EU) 2026/46, Commission announcement of 3 December 2025 reported by several outlets); its exact
-- Official Journal and entry-into-force dates were not found. The FATF lists are those of version 2 (plenary
-- of 17-19 June 2026): no outcome of the October 2026 plenary could be verified on 2 December 2026, so the
-- version keeps the June date and the administrator's review alert stays raised (docs/DOMAIN.md).
-- A platform that already published its own version 3 keeps it (ON CONFLICT DO NOTHING).
INSERT INTO "country_risk_versions" ("version", "published_on", "lists") VALUES (3, '2026-06-19', '{
  "fatfCallForAction": ["KP", "IR", "MM"],
  "fatfIncreasedMonitoring": ["AO", "BO", "BG", "CM", "CI", "CD", "HT", "KE", "LA", "LB", "MC", "NP", "SS", "SY", "VE", "VN", "YE", "VG", "KW", "PG", "BA", "IQ"],
  "euHighRiskThirdCountries": ["AF", "DZ", "AO", "BF", "CM", "CI", "CD", "KP", "HT", "IR", "KE", "LA", "LB", "MC", "MZ", "MM", "NA", "NP", "NG", "ZA", "SS", "SY", "TT", "VU", "VE", "VN", "YE", "BO", "VG", "RU"],
  "provenance": {
    "fatfCallForAction": {"source": "FATF, High-Risk Jurisdictions subject to a Call for Action, plenary of 17-19 June 2026", "date": "2026-06-19", "url": "https://www.fatf-gafi.org/en/topics/high-risk-and-other-monitored-jurisdictions.html"},
    "fatfIncreasedMonitoring": {"source": "FATF, Jurisdictions under Increased Monitoring, plenary of 17-19 June 2026", "date": "2026-06-19", "url": "https://www.fatf-gafi.org/en/topics/high-risk-and-other-monitored-jurisdictions.html"},
    "euHighRiskThirdCountries": {"source": "Commission Delegated Regulation (EU) 2016/1675, Annex, as amended by Delegated Regulations (EU) 2025/1184 and (EU) 2026/46 of 3 December 2025 (Russian Federation added, category IV)", "date": "2025-12-03", "url": "https://eur-lex.europa.eu/eli/reg_del/2016/1675"}
  }
}'::jsonb) ON CONFLICT DO NOTHING;
