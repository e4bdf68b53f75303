/**
 * Content collections: the guide's own, as every site using the shipshape plugin declares them
 * (src/plugin/content.ts).
 */
export { collections } from './plugin/content.ts';
