/** Plugin: the validated options, as integration.ts serves them to the content collections. */
declare module 'virtual:shipshape/options' {
  const options: import('./options.ts').ResolvedOptions;
  export default options;
}
