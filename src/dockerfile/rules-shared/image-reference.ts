/**
 * Analyse stage, Dockerfile engine, shared by rules: whether a text is an image reference Docker
 * accepts, as distribution/reference's `ParseNormalizedNamed` (its grammar in `regexp.go`):
 * `[domain[:port]/]name[/name…][:tag][@digest]`, name components in lowercase, at most 255
 * characters of name, and not a bare 64-hex image id.
 */
const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const NAME_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const HOST = `(?:${DOMAIN_NAME}|\\[(?:[a-fA-F0-9:]+)\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const NAME = `(?:${DOMAIN}/)?${NAME_COMPONENT}(?:/${NAME_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;

export function isValidImageReference(text: string): boolean {
  if (IDENTIFIER.test(text)) return false;
  const match = REFERENCE.exec(text);
  return match !== null && (match[1] ?? '').length <= 255;
}
