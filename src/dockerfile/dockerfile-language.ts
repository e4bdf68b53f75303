/**
 * Dockerfile engine: which code-fence languages are Dockerfiles (`dockerfile`, `Dockerfile`,
 * `docker`, `containerfile`).
 */
const LANGUAGES = new Set(['dockerfile', 'docker', 'containerfile']);

export function isDockerfileLanguage(language: string): boolean {
  return LANGUAGES.has(language.toLowerCase());
}
