export { detectListFormat } from './detect-list-format.ts';
export { countEntries, type ImportListOptions, importListFile } from './import-list-file.ts';
export { ListImportError, type ListImportErrorCode } from './list-import-error.ts';
