/**
 * Outputs stage, command line format `checkstyle`: Checkstyle's XML report (version 4.3), which
 * Jenkins (Warnings Next Generation), Bitbucket and reviewdog read. As hadolint writes it
 * (`src/Hadolint/Formatter/Checkstyle.hs`): one `<file>` per linted file (empty when clean), one
 * `<error line column severity message source>` per finding, hadolint's severity names.
 * Control characters cannot appear in XML 1.0 at all: they are written as `\x1b`-style text.
 */
import { terminalSafe } from '../../shared/terminal-text.ts';
import type { Formatter } from './report.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
};

/** Text safe inside a double-quoted XML attribute. */
export function xmlAttribute(text: string): string {
  return terminalSafe(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
    // Tabs and newlines in an attribute are normalised to spaces by XML parsers: keep them.
    .replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export const formatCheckstyle: Formatter = (reports) => {
  const files = reports.map(({ file, findings }) => {
    const errors = findings.map((finding) =>
      `<error line="${finding.line}" column="1" severity="${finding.severity}" ` +
      `message="${xmlAttribute(finding.message)}" source="${xmlAttribute(finding.rule)}"/>`);
    return `<file name="${xmlAttribute(file)}">${errors.join('')}</file>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">` +
    `${files.join('')}</checkstyle>\n`;
};
