/**
 * Shared by every stage: text from content (a URL, a heading, a file name) must not reach a
 * terminal raw — an ESC byte in a write-up could recolour, hide or rewrite the build log, and a
 * bidi override could make a message read backwards. Every diagnostic goes through
 * `terminalSafe` before it is printed: C0 controls (except newline and tab), DEL and C1 become
 * `\x1b`-style escapes, bidi overrides and isolates `\u202e`-style ones.
 */

// C0 without \t (09) and \n (0a), DEL, C1; bidi embeddings/overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character and bidi override written as an escape. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escape);
}

/** The same for JSON text: `\u001b`, valid inside a JSON string, for every character. */
export function jsonTerminalSafe(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
