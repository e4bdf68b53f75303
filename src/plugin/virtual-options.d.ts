/** Plugin: the validated options and the syllabus it read, as integration.ts serves them to
 * the content collections. */
declare module 'virtual:shipshape/options' {
  const options: import('./options.ts').ResolvedOptions;
  export default options;
  /** The syllabus the plugin read (null: none, or no course): src/syllabus/syllabus-source.ts. */
  export const syllabus: import('../syllabus/syllabus-source.ts').SyllabusSource | null;
}
