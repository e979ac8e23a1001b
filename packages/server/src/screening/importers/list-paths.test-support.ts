import { fileURLToPath } from 'node:url';

/** Public list files of ../shared/data (beside the repository), for tests and benchmarks. */
export const SHARED_LISTS = fileURLToPath(new URL('../../../../../../shared/data/lists/', import.meta.url));
export const SHARED_NAMES = fileURLToPath(new URL('../../../../../../shared/data/names/', import.meta.url));
/** Fixtures written for these importers. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/lists/', import.meta.url));
