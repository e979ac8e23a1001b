import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { riskRoles } from '@vigilo/domain/contracts/risk.ts';

type TRiskRole = (typeof riskRoles)[number];

import { translator } from '../i18n/i18n.ts';

/**
 * A case's title as each reader's language says it: "WOUTERS Marc (acheteur)", "(koper)", "(buyer)".
 * Notifications and e-mails render it in the recipient's language, pages in the reader's.
 */
export type TCaseTitle = (lang: TLanguage) => string;

export function profileCaseTitle(displayName: string, role: TRiskRole): TCaseTitle {
  return (lang) => `${displayName} (${roleLabel(lang, role)})`;
}

// Each role's label, looked up once per language: i18next's lookup for every case of the Declarations page
// was 8 % of that page's CPU (issue 21). Languages and roles are closed sets, so the map stays small.
const roleLabels = new Map<string, string>();

function roleLabel(lang: TLanguage, role: TRiskRole): string {
  const key = `${lang}:${role}`;
  let label = roleLabels.get(key);
  if (label === undefined) {
    label = translator(lang)(`risk:caseRole.${role}`);
    roleLabels.set(key, label);
  }
  return label;
}

/** A title that reads the same in every language (a transaction's reference). */
export function plainCaseTitle(text: string): TCaseTitle {
  return () => text;
}
