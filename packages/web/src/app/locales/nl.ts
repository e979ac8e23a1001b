// The Dutch catalogs as one chunk: loaded at start when Dutch is the language, else on a switch.
export default import.meta.glob('../../../../domain/locales/nl/*.json', { eager: true, import: 'default' });
