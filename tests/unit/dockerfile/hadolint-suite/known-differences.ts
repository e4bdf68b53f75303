/**
 * Test data, hadolint's suite: the upstream cases where shipshape knowingly says something else,
 * by `source` (`file:line` in hadolint's repository) and the reason. The suite test asserts that
 * these still differ, so a fix shows up as a failure to remove the entry; the agreement report
 * counts them as disagreements.
 */
export const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
  ['test/Hadolint/Rule/DL3010Spec.hs:42', 'our shell reader drops the backslashes of a Windows ' +
    'path inside double quotes (`"C:\\Program Files\\Foo\\bar.tar.gz"`), so the extracted ' +
    'archive is not matched to the one copied; to fix in parse/read-shell.ts'],
]);
