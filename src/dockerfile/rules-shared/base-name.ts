/**
 * Analyse stage, Dockerfile engine, shared by rules: a command word without its directory, so
 * `/usr/bin/apt-get` is recognised as `apt-get`.
 */
export function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}
