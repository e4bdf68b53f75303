/**
 * Errors about content, for authors: where (`file:line`), what was found, what was expected, and
 * how to fix it. The loader prints them without a stack trace and fails the build.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(`${message}\n  How to fix: ${hint}`);
    this.hint = hint;
  }
}
