// The French catalogs as one chunk: loaded at start when French is the language, else on a switch.
export default import.meta.glob('../../../../domain/locales/fr/*.json', { eager: true, import: 'default' });
