// The English catalogs as one chunk: loaded at start when English is the language, else on a switch.
export default import.meta.glob('../../../../domain/locales/en/*.json', { eager: true, import: 'default' });
