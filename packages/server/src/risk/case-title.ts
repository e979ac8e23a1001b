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
  return (lang) => `${displayName} (${translator(lang)(`risk:caseRole.${role}`)})`;
}

/** A title that reads the same in every language (a transaction's reference). */
export function plainCaseTitle(text: string): TCaseTitle {
  return () => text;
}
