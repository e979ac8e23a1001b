/**
 * Legal citations as data, rendered in the reader's language (issue 14, item 6; issue 18).
 *
 * Only texts in force are cited: the AML law of 18 September 2017 and the BIV/IPI regulation approved
 * by the Royal Decree of 1 April 2022 (in force 1 July 2022, which repealed the regulation of 2013).
 * The asset-freeze regimes are cited for sanctions. The EU AMLR (Regulation (EU) 2024/1624) applies from
 * 10 July 2027 and is not cited before then. Which article numbers were verified is in docs/DOMAIN.md;
 * the regulation of 2022 is cited as a whole where its own article number could not be verified.
 */
export const LEGAL_ACTS = ['law-2017', 'regulation-2022', 'amlr', 'eu-freeze', 'be-freeze'] as const;

/** A legal text Vigilo cites; its name in each language is the i18n key `legal:act.<act>`. */
export type LegalAct = (typeof LEGAL_ACTS)[number];

/** One provision: an act, optionally narrowed to articles (`41`, `4, 27°`, `23–24`) or an annex (`III`). */
export interface Citation {
  act: LegalAct;
  articles?: string;
  annex?: string;
}

/** Translates an i18n key (react-i18next's or i18next's `t`), with interpolation values. */
export type CitationTranslate = (key: string, values?: Record<string, string>) => string;

/** One citation in the reader's language: "loi du 18 septembre 2017, art. 41" / "wet van …, bijlage III". */
export function formatCitation(citation: Citation, t: CitationTranslate): string {
  const parts = [t(`legal:act.${citation.act}`)];
  if (citation.articles) parts.push(t('legal:article', { articles: citation.articles }));
  if (citation.annex) parts.push(t('legal:annex', { annex: citation.annex }));
  return parts.join(', ');
}

/** Several citations, in the reader's language, separated as the language writes a semicolon. */
export function formatCitations(citations: readonly Citation[], t: CitationTranslate): string {
  return citations.map((c) => formatCitation(c, t)).join(t('legal:separator'));
}

/**
 * The language-neutral trace of citations stored with a computed factor (`law-2017 art. 41 | regulation-2022`):
 * what was cited when the profile was computed, whatever language reads it later.
 */
export function citationTrace(citations: readonly Citation[]): string {
  return citations
    .map((c) =>
      [c.act, c.articles ? `art. ${c.articles}` : '', c.annex ? `annex ${c.annex}` : '']
        .filter(Boolean)
        .join(' '),
    )
    .join(' | ');
}

/** The client acceptance policy the agency adopts (its own criteria cite it). */
export const AGENCY_POLICY_CITATIONS: readonly Citation[] = [{ act: 'regulation-2022' }];
