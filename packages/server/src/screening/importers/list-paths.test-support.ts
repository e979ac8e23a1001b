import { fileURLToPath } from 'node:url';

/** The list snapshots that ship with Vigilo (packages/server/lists, see its SOURCE.md), gzip-compressed. */
export const BUNDLED_LISTS = fileURLToPath(new URL('../../../lists/', import.meta.url));
/** Fixtures written or extracted for these importers (packages/server/test/fixtures/lists, see SOURCE.md). */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/lists/', import.meta.url));
/** Common Belgian given names and surnames, for false-positive tests (test/fixtures/names). */
export const NAMES = fileURLToPath(new URL('../../../test/fixtures/names/', import.meta.url));
