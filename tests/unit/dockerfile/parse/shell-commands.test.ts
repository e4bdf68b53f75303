/**
 * `src/dockerfile/parse/shell-commands.ts`, the engine's own bash reader, against the unbash
 * parser it replaced (`unbash-oracle.ts`: the old `read-shell.ts` walk): on every RUN script of
 * hadolint's and BuildKit's ported suites, the rule examples, the guide's write-ups and a list of
 * hard bash below, both give the same commands (name, words, assignments, offset, in order) and
 * the same pipe verdict, or both refuse the script. On seeded mutations of those scripts, where
 * one refuses a script the other reads, ours is bash's own verdict (`bash -n`), and where both
 * read it differently, the script is listed in `ACCEPTED` with the reason.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readShellCommands } from '../../../../src/dockerfile/parse/shell-commands.ts';
import { parseDockerfile } from '../../../../src/dockerfile/parse/parse-dockerfile.ts';
import { describedRules } from '../../../../src/dockerfile/rules/texts.ts';
import { checkCases } from '../buildkit-suite/check-cases.ts';
import { loadSuites } from '../hadolint-suite/agreement.ts';
import { LINES, MORE_LINES, WHOLE_FILES } from '../syntax-corpus.ts';
import { unbashCommands } from './unbash-oracle.ts';

/** Bash that a Dockerfile's RUN may hold, beyond the corpora's. */
export const HARD_SCRIPTS = [
  'apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
  'set -eux; \\\n  a=1; b=(x y "z w"); export C="$a" D=\'q\'; readonly E=1',
  'if [ -f x ]; then echo a; elif test -d y; then echo b; else echo c; fi > /log 2>&1',
  'for f in a "b c" $(ls); do gzip "$f"; done | tee out',
  'for ((i=0; i<3; i++)); do echo $i; done',
  'for x; do :; done',
  'while read -r line; do echo "$line"; done < file',
  'until false; do sleep 1; done &',
  'case "$1" in\n  a|b) echo ab ;;\n  (c) echo c; exit 1 ;&\n  *) true ;;\nesac',
  'case x in esac',
  'f() { echo "in f"; }; f',
  'function g { local v="$1"; echo "$v"; }',
  'function h() ( cd /tmp && ls )',
  '[[ -f /etc/os-release && $(id -u) -eq 0 ]] && echo root',
  '[[ $x =~ ^(a|b)+$ ]] || echo no',
  '(( n = 1 + 2 )) && echo $(( n * 2 ))',
  'echo `uname -m` "`id -u`" `echo \\`date\\``',
  'echo $\'a\\tb\\x41\\101\\u00e9\' $"loc" "a\\"b\\$c\\d"',
  'echo ${VAR:-$(cat /x)} ${#arr[@]} ${x/a/b} "${y:+"q"}"',
  'diff <(sort a) >(cat) 3<&0 4>&- &>/dev/null &>>log >|f <>rw',
  'cat <<EOF > /etc/x.conf\nkey=$(hostname)\n`date`\nEOF\necho after',
  'cat <<-\'END\' | sh\n\t$(not run)\n\tEND\necho done',
  'python - <<PY && echo ok\nprint(1)\nPY',
  'cat <<A <<"B"\na $(one)\nA\nb $(two)\nB',
  'x=1 y=$(date) env | grep x',
  'A=1',
  '> out echo hi 2>err',
  '! grep -q x file && time -p make -j4',
  'time make',
  'echo a # comment && not a command\necho b',
  'echo a#b c# d',
  'shopt -s extglob; rm -rf !(keep|also)',
  'echo {a,b}{1,2} ~/x *.txt [ab]?',
  'echo "$(echo "nested $(echo deep)")"',
  'echo \\\n  continued',
  '{ echo a; echo b; } 2>&1 | sort -u',
  'cd /src && { make || { echo failed; exit 1; }; }',
  'echo a |& cat',
  'coproc cat',
  'select x in a b; do break; done',
  'echo a;; echo b',
  'echo "unterminated',
  "echo 'unterminated",
  'echo $(unterminated',
  'if true; then echo',
  'for x in a b; echo $x; done',
  'case a in a) echo',
  'fi',
  'echo )',
  '( echo a',
  'echo `unterminated',
  '{ echo a }',
  'a=(1 2',
  '',
  '   ',
  '# only a comment',
  'echo a &&',
  'echo a | | b',
  '&& echo a',
];

/** The RUN scripts of some Dockerfile texts, each once. */
function scriptsOf(dockerfiles: Iterable<string>): string[] {
  const scripts = new Set<string>();
  for (const dockerfile of dockerfiles) {
    for (const instruction of parseDockerfile(dockerfile).instructions) {
      if (instruction.shell) scripts.add(instruction.shell.text);
    }
  }
  return [...scripts];
}

function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.mdx?$|Dockerfile/.test(name) ? [path] : [];
  });
}

/** The guide's Dockerfiles (files, and fenced blocks with a FROM) and its `bash` blocks. */
function contentTexts(): { dockerfiles: string[]; scripts: string[] } {
  const root = join(import.meta.dirname, '../../../../content');
  const dockerfiles: string[] = [];
  const scripts: string[] = [];
  for (const path of contentFiles(root)) {
    const text = readFileSync(path, 'utf8');
    if (!/\.mdx?$/.test(path)) {
      dockerfiles.push(text);
      continue;
    }
    for (const [, language, body = ''] of text.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)) {
      if (language === 'bash' || language === 'sh') scripts.push(body);
      else if (/^FROM /im.test(body)) dockerfiles.push(body);
    }
  }
  return { dockerfiles, scripts };
}

function corpus(): Record<string, string[]> {
  const suites = loadSuites();
  const hadolint = Object.values(suites.suites).flat().map((c) => c.dockerfile);
  const content = contentTexts();
  return {
    hadolint: scriptsOf(hadolint),
    buildkit: scriptsOf(checkCases.map((c) => c.dockerfile)),
    examples: scriptsOf(describedRules.flatMap((r) => [r.examples.bad, r.examples.good])),
    content: [...scriptsOf(content.dockerfiles), ...content.scripts],
    syntax: scriptsOf([...LINES, ...MORE_LINES, ...WHOLE_FILES]
      .map((line) => `FROM a\n${line}\n`)),
    hard: HARD_SCRIPTS,
  };
}

type Result = ReturnType<typeof unbashCommands>;

function ours(text: string): Result {
  try {
    const { found, hasPipe } = readShellCommands(text);
    const sorted = found.map((f, i) => ({ f, i })).sort((a, b) => a.f.pos - b.f.pos || a.i - b.i)
      .map(({ f }) => f);
    return { found: sorted, hasPipe };
  } catch {
    return undefined;
  }
}

function theirs(text: string): Result {
  const result = unbashCommands(text);
  return result && { ...result, found: result.found };
}

/** Seeded mutations of scripts: shell characters inserted, dropped or replaced. */
function mutate(scripts: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const bits = ['"', "'", '$', '(', ')', '{', '}', ';', ';;', '&', '&&', '|', '||', '\\', '`',
    '<', '>', '<<', '#', '\n', ' ', 'if ', 'then ', 'fi', 'do ', 'done', 'case ', 'esac', 'in ',
    '$(', '${', '[[ ', ' ]]', '((', '))', '=', 'x', '!', '*', '@(', "$'"];
  return Array.from({ length: count }, () => {
    let text = scripts[Math.floor(next() * scripts.length)] ?? '';
    for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
      const at = Math.floor(next() * (text.length + 1));
      const cut = next() < 0.4 ? 1 : 0;
      text = text.slice(0, at) + (next() < 0.8 ? bits[Math.floor(next() * bits.length)] : '') +
        text.slice(at + cut);
    }
    return text;
  });
}

function disagreements(scripts: readonly string[]): Array<{ text: string; ours: Result;
  theirs: Result }> {
  return scripts.map((text) => ({ text, ours: ours(text), theirs: theirs(text) }))
    .filter((r) => JSON.stringify(r.ours) !== JSON.stringify(r.theirs));
}

/**
 * Mutations both read, with other commands, where unbash's reading is no better than ours. Bash
 * reads a here-document's expansions and a backquote's body only when it runs them, so a broken
 * one is no syntax error (`bash -n` accepts these); of the broken piece, unbash keeps what it
 * could make of it, we keep the commands completed before the break.
 */
const ACCEPTED = new Set([
  // `$(hostname<)`: a redirection without a target; unbash keeps `hostname`, we drop it.
  'cat <<EOF > !e$c/x.conf\nkey=$(hostname<)\n`date`\nEOF\necho after',
  // `` `echo$( do \`date\`` ``: unbash makes a command named `echo$( do `date``.
  'echo `uname -m` "`id -u`" `echo$( do \\`date\\``',
]);

/** How many distinct scripts each set had when this test was written: none may go missing. */
const MINIMUM: Record<string, number> = { hadolint: 340, buildkit: 3, examples: 65, content: 9,
  syntax: 8, hard: 59 };

describe('shell-commands: the same commands as unbash', () => {
  const sets = corpus();
  for (const [name, scripts] of Object.entries(sets)) {
    it(`on the ${name} scripts`, () => {
      expect(scripts.length).toBeGreaterThanOrEqual(MINIMUM[name] ?? 1);
      expect(disagreements(scripts)).toEqual([]);
    });
  }

  it('on 5000 seeded mutations: where unbash differs, bash agrees with us', () => {
    // The guide's own content changes as lessons and exercises are written; the mutations start
    // from the fixed sets only, so that the seeded corpus (and ACCEPTED) stays the same.
    const all = Object.entries(sets).filter(([name]) => name !== 'content')
      .flatMap(([, scripts]) => scripts);
    const differing = disagreements(mutate(all, 5000, 7));
    const verdicts = differing.map(({ text, ours: mine, theirs: unbash }) => {
      if (mine && unbash) return ACCEPTED.has(text) ? 'accepted' : `both read ${text}`;
      // `bash -n`: bash's own syntax check, the judge of whether the script can be read.
      const bash = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' });
      if (bash.error) throw bash.error;
      return (mine !== undefined) === (bash.status === 0) ? 'as bash' : `unlike bash: ${text}`;
    });
    expect(verdicts.filter((v) => v !== 'accepted' && v !== 'as bash')).toEqual([]);
    // Measured when written: 55 of 5000 differ: 49 where one refuses (ours as bash), 6 read by
    // both (the two scripts of ACCEPTED).
    expect(differing.length).toBeLessThan(100);
  });
});
