// saxon-js ships no type declarations; this is the part of its API ubl-validation.ts calls.
declare module 'saxon-js' {
  type TTransformOptions = {
    stylesheetInternal: unknown;
    sourceText: string;
    destination: 'serialized';
  };
  const SaxonJS: {
    transform(options: TTransformOptions, mode: 'async'): Promise<{ principalResult: string }>;
  };
  export default SaxonJS;
}
