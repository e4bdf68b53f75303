/**
 * Test data, hadolint's suite: the upstream cases where shipshape knowingly says something else,
 * by `source` (`file:line` in hadolint's repository) and the reason. The suite test asserts that
 * these still differ, so a fix shows up as a failure to remove the entry; the agreement report
 * counts them as disagreements.
 */
export const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map<string, string>([
  // None left: DL3010Spec.hs:42 (a Windows path, `COPY build\foo\bar.tar.gz …`) agrees since
  // DL3010 also reads COPY's words as written (lint13b).
]);
