/**
 * Analyse stage, Dockerfile engine: BuildKit's CopyIgnoredFile check. Reports a COPY or ADD
 * source from the build context that the `.dockerignore` beside the Dockerfile excludes, so the
 * build fails with "not found". As in BuildKit (`validateCopySourcePath`): only when the
 * `.dockerignore` is known and has no `!` exceptions (a re-included file inside an excluded
 * folder cannot be judged without the files); `COPY --from`, URLs and heredocs are not from the
 * context; `.` and `/` count only when a pattern excludes everything (`*`, `**`, `**\/*`).
 * Sources with variables are read with the ARG and ENV values in scope.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { cleanPath, IgnoreMatcher } from '../rules-shared/dockerignore.ts';
import { scopeReader, substituteVariables } from '../scope.ts';

const REMOTE = /^(?:https?:\/\/|git@|[a-z]+:\/\/)/i;

/** The context paths an instruction copies (destination, heredocs and remote sources left out). */
function sources(instruction: Instruction): string[] {
  const all = instruction.json ?? instruction.args;
  return all.slice(0, -1).filter((src) => !src.startsWith('<<') && !REMOTE.test(src));
}

export const text: RuleText = {
  title: 'Do not COPY what .dockerignore excludes',
  description: 'A `COPY` or `ADD` source should not be excluded by the `.dockerignore` beside ' +
    'the Dockerfile. Checked only where the folder, and so the `.dockerignore`, is known.',
  rationale: 'Files that match `.dockerignore` are not sent to the builder, so copying one ' +
    'fails the build with "not found", or, with a wildcard, silently copies less than ' +
    'intended. Either copy something else or stop ignoring the file.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/copy-ignored-file/',
  examples: {
    dockerignore: '.git\n*.md\ntests/\n',
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY README.md app.py ./\n' +
      'CMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py ./\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'CopyIgnoredFile',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, dockerignore }) {
    if (dockerignore === undefined) return [];
    const matcher = new IgnoreMatcher(dockerignore);
    if (matcher.patterns.length === 0 || matcher.exclusions) return [];
    const rootIgnored = matcher.patterns.some((p) => ['*', '**', '**/*'].includes(p.text));
    const scope = scopeReader(model);
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
      if (instruction.flags.some((f) => f.name === 'from')) continue;
      const verb = instruction.keyword === 'ADD' ? 'Add' : 'Copy';
      for (const written of sources(instruction)) {
        const src = written.includes('$')
          ? substituteVariables(written, scope(instruction)) : written;
        if (src.includes('$')) continue;
        const path = cleanPath(src);
        if ((path === '.' || path === '/') && !rootIgnored) continue;
        if (!matcher.matchesOrParentMatches(path)) continue;
        hits.push({
          line: instruction.line,
          endLine: instruction.endLine,
          message: `Attempting to ${verb} file "${path}" that is excluded by .dockerignore: ` +
            'the builder never receives it; copy something else or stop ignoring it.',
        });
      }
    }
    return hits;
  },
};
