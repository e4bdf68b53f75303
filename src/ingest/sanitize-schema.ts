/**
 * Ingest stage: what raw HTML a write-up may use. GitHub's allowlist (`defaultSchema` of
 * hast-util-sanitize, what github.com allows in a README), with the formatting tags write-ups
 * use added and everything that submits, loads or runs taken away: no forms or inputs, no
 * `<picture>`/`srcset` (they load from anywhere), no `style`, no SVG or MathML. `id` and `name`
 * get the `user-content-` prefix so they cannot clobber the page's own ids or `document.body`.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Property that carries the sanitizer's own bookkeeping through the tree; never in output. */
export const MARK = 'dataShipshapeSanitize';

const ADDED_TAGS = [
  'abbr', 'caption', 'cite', 'col', 'colgroup', 'dfn', 'figcaption', 'figure', 'mark', 'small',
  'u', 'wbr',
];
const REMOVED_TAGS = new Set(['input', 'picture', 'source']);
/** Attributes that only mean something on a form, or bind keyboard shortcuts to the page. */
const REMOVED_ATTRIBUTES = new Set([
  'accept', 'acceptCharset', 'accessKey', 'action', 'checked', 'encType', 'method', 'prompt',
]);

/** Elements removed with their content (the rest are unwrapped: their text stays). */
const STRIPPED = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'svg', 'math', 'textarea', 'select', 'title', 'xmp', 'noembed', 'noframes', 'head',
];

const globalAttributes = (defaultSchema.attributes?.['*'] ?? [])
  .filter((attribute) => typeof attribute !== 'string' || !REMOVED_ATTRIBUTES.has(attribute));

const perTag = Object.fromEntries(Object.entries(defaultSchema.attributes ?? {})
  .filter(([tag]) => tag !== '*' && !REMOVED_TAGS.has(tag)));

export const authorTags = new Set([
  ...(defaultSchema.tagNames ?? []).filter((tag) => !REMOVED_TAGS.has(tag)),
  ...ADDED_TAGS,
]);

export const strippedTags = new Set(STRIPPED);

export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...authorTags],
  attributes: { ...perTag, '*': [...globalAttributes, MARK] },
  // The rule of safe-url.ts (relative, http(s), mailto), which checks every page after this.
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto'],
    longDesc: ['http', 'https'],
    src: ['http', 'https'],
  },
  required: {},
  strip: STRIPPED,
  allowComments: false,
  allowDoctypes: false,
};
