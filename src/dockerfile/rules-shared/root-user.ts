/**
 * Analyse stage, Dockerfile engine, shared by rules: whether a USER value is root.
 */

/** `root` or UID `0`, with or without a group (`root:staff`, `0:0`). */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}
