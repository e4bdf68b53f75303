/**
 * Analyse stage, Dockerfile engine, suppression: the error a bad hadolint configuration file
 * raises, one `file:line: …` line per problem. Its own file, free of imports, so the command line
 * can catch it without loading the YAML reader and the schema when there is no file to read.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}
