/**
 * Analyse stage, Dockerfile engine: DL3000 reports a WORKDIR whose path is relative. As in
 * hadolint, a path that starts with a variable (`$HOME`, `${APP_DIR}`) and a Windows drive path
 * (`C:\app`) count as absolute.
 */
import type { Rule, RuleText } from '../rule.ts';

/** The builder strips one pair of surrounding quotes before it reads the path. */
function dropQuotes(text: string): string {
  const first = text[0];
  if (text.length >= 2 && (first === '"' || first === "'") && text.endsWith(first)) {
    return text.slice(1, -1);
  }
  return text;
}

function isAbsolute(path: string): boolean {
  // A variable may well hold an absolute path; hadolint gives it the benefit of the doubt.
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:/.test(path);
}

export const text: RuleText = {
  title: 'Use absolute WORKDIR',
  description: 'A WORKDIR path should be absolute (start with `/`), not relative to the ' +
    'previous WORKDIR.',
  rationale: 'A relative WORKDIR is resolved against whatever working directory the base image ' +
    'or an earlier instruction left behind, so the same line lands in a different folder when ' +
    'the base image changes. An absolute path says exactly where the files and commands of the ' +
    'following instructions go.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3000',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR app\nCOPY app.py .\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\n',
  },
};

export const rule: Rule = {
  id: 'DL3000',
  source: 'hadolint',
  severity: 'error',
  sameAs: ['WorkdirRelativePath'],
  scope: 'any',
  check({ model }) {
    return model.instructions
      .filter((instruction) => instruction.keyword === 'WORKDIR')
      .flatMap((instruction) => {
        const path = dropQuotes(instruction.argsText.trim());
        if (path === '' || isAbsolute(path)) return [];
        return [{
          line: instruction.line,
          endLine: instruction.endLine,
          message: `WORKDIR \`${path}\` is relative: use an absolute path, starting with \`/\``,
        }];
      });
  },
};
