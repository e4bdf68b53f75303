/**
 * Analyse stage, Dockerfile engine: DL3025 (hadolint) checks that CMD and ENTRYPOINT use the
 * exec (JSON array) form rather than the shell form, and, as hadolint does, `HEALTHCHECK CMD`.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

/**
 * The words of a shell command when it is a plain word list (quotes only group words), or
 * undefined when it needs a shell: an operator, expansion or glob outside quotes, an escape.
 */
function plainWords(command: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of command) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && (ch === '$' || ch === '`' || ch === '\\')) return undefined;
      else word = (word ?? '') + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (/[|&;<>$`*?(){}\\#~]/.test(ch)) {
      return undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote !== undefined) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}

export const text: RuleText = {
  title: 'Use JSON notation for CMD and ENTRYPOINT',
  description: 'CMD and ENTRYPOINT (and `HEALTHCHECK CMD`, as hadolint checks it) should be ' +
    'written as JSON arrays, e.g. `CMD ["python", "app.py"]`.',
  rationale: 'In the shell form the process runs under `/bin/sh -c`, so the shell, not your ' +
    'program, is PID 1 and `docker stop` sends SIGTERM to a shell that does not forward it; ' +
    'the container is then killed after the timeout. The JSON form starts the program ' +
    'directly, so it receives signals and shuts down cleanly.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3025',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py /app/\nCMD python app.py\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py /app/\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3025',
  source: 'hadolint',
  severity: 'warning',
  sameAs: ['JSONArgsRecommended'],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      const { keyword } = instruction;
      if (keyword === 'HEALTHCHECK') {
        // `HEALTHCHECK CMD foo` runs `foo` through a shell, as a shell-form CMD does.
        const [type, ...rest] = instruction.args;
        if (type?.toUpperCase() !== 'CMD' || rest.length === 0) continue;
        const command = instruction.argsText.replace(/^\s*cmd\s*/i, '');
        if (command.startsWith('[')) continue;
        // `|| exit 1` only turns any failure into 1, which exec form does not need: a non-zero
        // exit already marks the container unhealthy.
        const plain = command.replace(/\s*\|\|\s*exit\s+1\s*$/, '');
        const words = plainWords(plain);
        const array = words === undefined
          ? `["sh", "-c", ${JSON.stringify(plain)}]`
          : `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
        hits.push({ line: instruction.line, endLine: instruction.endLine,
          message: 'HEALTHCHECK CMD in shell form: write the command as a JSON array, ' +
            `\`HEALTHCHECK CMD ${array}\`` });
        continue;
      }
      if (keyword !== 'CMD' && keyword !== 'ENTRYPOINT') continue;
      if (instruction.json !== undefined || instruction.argsText === '') continue;
      // Operators and expansions need a shell: a word-by-word array would change the meaning.
      const needsShell = /[|&;<>$`*?(){}]/.test(instruction.argsText);
      const words = instruction.args.map((word) => JSON.stringify(word)).join(', ');
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: needsShell
          ? `${keyword} in shell form: write it as a JSON array; move the shell logic into a ` +
            `script and run it as \`${keyword} ["/path/to/script.sh"]\``
          : `${keyword} in shell form: write it as a JSON array, \`${keyword} [${words}]\``,
      });
    }
    return hits;
  },
};
