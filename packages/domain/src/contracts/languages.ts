/**
 * The interface languages, without zod: the web app's first page imports this (its i18n and language
 * switcher) and must not pull the schema library in (docs/PERFORMANCE.md, "Web").
 */
export const languages = ['fr', 'nl', 'en'] as const;
