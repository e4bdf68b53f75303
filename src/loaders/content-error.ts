/**
 * Errors about content, for authors: where (`file:line`), what was found, what was expected, and
 * how to fix it. They carry no stack trace: the problem is in the content, not in shipshape, so
 * Astro prints only the message and the hint.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(message);
    this.hint = hint;
    this.stack = '';
  }
}
