/**
 * Shared by every stage: errors about content, for authors — where (`file:line`), what was found,
 * what was expected, and how to fix it. They carry no stack trace: the problem is in the content,
 * not in shipshape, so Astro prints only the message and the hint. Both quote content, so control
 * characters in them are escaped before they reach a terminal.
 */
import { terminalSafe } from './terminal-text.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  readonly hint: string;

  constructor(message: string, hint: string) {
    super(terminalSafe(message));
    this.hint = terminalSafe(hint);
    this.stack = '';
  }
}
