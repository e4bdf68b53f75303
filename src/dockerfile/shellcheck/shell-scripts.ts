/**
 * Analyse stage, Dockerfile engine, ShellCheck (Node side, but pure): the shell-form RUN scripts
 * of a Dockerfile as files for ShellCheck, each line at the Dockerfile line it came from. A file
 * opens with a shebang for the RUN's shell (`run-shells.ts`: SHELL and `# hadolint shell=`, as
 * hadolint tracks them across stages) and one `export NAME=1 …` line for the ARG and ENV
 * names in scope and the proxy variables (as hadolint does, so they do not read as unassigned;
 * an empty line when there are none);
 * of those, only the names the script could be about (`scriptNames`: ShellCheck's analysis
 * costs per name declared, half its time on a 200-instruction file), then the RUN's own lines,
 * the keyword and flags blanked out, so ShellCheck's line and column point into the Dockerfile.
 * Comment and empty lines that Docker drops from a continued RUN become a lone `\`, which the
 * shell joins the same way. A `RUN <<EOF` script is its body, at its lines. `ONBUILD RUN`
 * triggers are scripts too, read as hadolint reads them (`shellScriptFiles`). Not checked, as in
 * hadolint: exec-form RUNs, non-POSIX shells (`pwsh`, `powershell`, `cmd`), shells ShellCheck
 * does not know and bodies with another interpreter's shebang; here also a heredoc fed to a
 * command, several heredocs in one RUN, and files with a `# escape=` backtick (their scripts
 * are PowerShell's).
 */
import type { DockerfileModel, Instruction } from '../model.ts';
import { onbuildTriggerModel } from '../onbuild.ts';
import { runShells } from './run-shells.ts';
import { editDistance } from '../../shared/edit-distance.ts';

/** The lines ShellCheck sees before the script. */
export const HEADER_LINES = 2;

/** Shells ShellCheck reads (`ash` and busybox's `sh` as sh, as hadolint lets ShellCheck do). */
const SHELLS: Record<string, string> = { sh: 'sh', bash: 'bash', dash: 'dash', ksh: 'ksh',
  ash: 'sh', mksh: 'ksh' };
const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY',
  'ftp_proxy', 'NO_PROXY', 'no_proxy'];

export interface ShellScriptFile {
  instruction: Instruction;
  /** `sh`, `bash`, `dash` or `ksh`. */
  shell: string;
  /** What ShellCheck reads: the header, then the RUN's lines. */
  text: string;
}

/** The shell name of a SHELL instruction's first word, or undefined when not checked. */
export function shellName(command: string): string | undefined {
  const base = command.split(/[\\/]/).pop()?.toLowerCase().replace(/\.exe$/, '') ?? '';
  return SHELLS[base];
}

/** Where the script starts in an instruction's raw lines: after the keyword and flags. */
function scriptStart(text: string): number {
  const keyword = /^\s*\S+/.exec(text);
  let p = keyword ? keyword[0].length : 0;
  for (;;) {
    const gap = /^(?:[ \t]|\\\r?\n)*/.exec(text.slice(p));
    p += gap ? gap[0].length : 0;
    if (!text.startsWith('--', p)) return p;
    const word = /^\S*/.exec(text.slice(p));
    p += word ? word[0].length : 0;
  }
}

/** The RUN's lines as a script, line for line. */
function scriptLines(lines: readonly string[], instruction: Instruction): string[] {
  const raw = lines.slice(instruction.line - 1, instruction.endLine);
  const joined = raw.join('\n');
  const start = scriptStart(joined);
  const blanked = joined.slice(0, start).replace(/[^\n]/g, ' ') + joined.slice(start);
  return blanked.split('\n').map((line, k) =>
    k > 0 && /^[ \t]*(?:#.*)?$/.test(line) ? '\\' : line);
}

/** Shebangs hadolint lets ShellCheck read (`hasUnsupportedShebang`), and the shell they name. */
const SHEBANG = /^#!\s*(?:\/usr\/bin\/env\s+|\/bin\/)(sh|bash|ksh)\b/;

/**
 * `RUN <<EOF` with the body as the whole script: the body's lines at their Dockerfile lines (the
 * lines before it left empty), read with its shebang's shell if it has one. Undefined for a
 * heredoc handed to a command (`RUN <<EOF python3`), several heredocs, or another interpreter.
 */
function heredocScript(instruction: Instruction, shell: string):
  { shell: string; lines: string[] } | undefined {
  const [heredoc] = instruction.heredocs;
  if (!heredoc || instruction.heredocs.length > 1 || instruction.args.length !== 1) {
    return undefined;
  }
  const body = heredoc.body.split('\n');
  const first = body[0] ?? '';
  const shebang = SHEBANG.exec(first)?.[1];
  if (first.startsWith('#!') && shebang === undefined) return undefined;
  const before = Array.from({ length: heredoc.line - instruction.line }, () => '');
  return { shell: shebang ?? shell, lines: [...before, ...body] };
}

/**
 * The declared names that can change what ShellCheck says about `script`: a name declared but
 * never read is not reported (`export` marks it used, and the header's own line is not shown).
 * ShellCheck 0.9.0 reads the declared names in two more places (`Analytics.hs`,
 * `checkUnassignedReferences`): a name read but not declared is told the closest declared one
 * ("did you mean VAR_1?"), when their edit distance, ignoring case, is at most 2; and
 * `${!prefix*}` reads every name that starts so. So a name is kept when a word of the script
 * is within distance 2 of it ignoring case (every name read is such a word), and all of them
 * when the script has `${!`. Declaring a subset leaves ShellCheck's report the same
 * (`tests/unit/dockerfile/shellcheck/run-shellcheck.test.ts` compares both).
 * `near` keeps each (name, word) answer for the scripts of one file, which share most of their
 * words and names: each pair is measured once per file instead of once per script (this runs
 * before a cold `shipshape lint` can start ShellCheck).
 */
export function scriptNames(names: readonly string[], script: string,
  near: Map<string, boolean> = new Map()): string[] {
  const joined = script.replace(/\\\r?\n/g, '');
  if (joined.includes('${!')) return [...names];
  const words = [...new Set(joined.toLowerCase().match(/[a-z0-9_]+/g) ?? [])];
  return names.filter((name) => {
    const lower = name.toLowerCase();
    return words.some((word) => {
      // Most pairs differ in length by more than 2: answered before a key is built.
      if (Math.abs(lower.length - word.length) > 2) return false;
      const key = `${lower}\0${word}`;
      let answer = near.get(key);
      if (answer === undefined) {
        answer = editDistance(lower, word, { limit: 2 }) <= 2;
        near.set(key, answer);
      }
      return answer;
    });
  });
}

/**
 * Reads `model`'s RUN scripts group by group (a stage's instructions, say): `scan(group,
 * initial)` adds the group's scripts to `files`, declaring the `initial` names and then the
 * group's ARG and ENV names as they come, and returns the names declared at its end.
 */
function scriptReader(model: DockerfileModel, files: ShellScriptFile[]):
  (group: readonly Instruction[], initial: Iterable<string>) => Set<string> {
  const lines = model.source.split(/\r\n|\r|\n/);
  const shells = runShells(model);
  const near = new Map<string, boolean>();
  const variablesAt = new Map<number, string[]>();
  for (const v of model.variables) {
    variablesAt.set(v.line, [...variablesAt.get(v.line) ?? [], v.name]);
  }
  return (group, initial) => {
    const names = new Set(initial);
    for (const instruction of group) {
      if (instruction.keyword === 'ARG' || instruction.keyword === 'ENV') {
        for (const name of variablesAt.get(instruction.line) ?? []) names.add(name);
      } else if (instruction.keyword === 'RUN' && instruction.json === undefined) {
        const runShell = shellName(shells.get(instruction.line) ?? '/bin/sh');
        if (runShell === undefined) continue;
        const script = instruction.heredocs.length === 0
          ? { shell: runShell, lines: scriptLines(lines, instruction) }
          : heredocScript(instruction, runShell);
        if (!script) continue;
        const declared = [...names].filter((n) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
        const exports = scriptNames(declared, script.lines.join('\n'), near).map((n) => `${n}=1`);
        // No names: an empty line, not a bare `export`, which ShellCheck analyses as a command
        // (15% of its time on the bench file's 71 scripts; the same report on 1,041 scripts).
        const header = [`#!/bin/${script.shell}`,
          exports.length === 0 ? '' : `export ${exports.join(' ')}`];
        files.push({ instruction, shell: script.shell,
          text: `${[...header, ...script.lines].join('\n')}\n` });
      }
    }
    return names;
  };
}

/**
 * The scripts to check, one per shell-form RUN whose shell ShellCheck reads, with the names
 * declared as hadolint's ShellCheck rule declares them (`Shellcheck.hs` at 8f936c5: `addVars`,
 * `newStage`; cases of `ShellcheckSpec.hs` in `shellcheck-spec.test.ts`): before the first
 * FROM, the ARGs and ENVs read so far; in a stage, its own, after those of the stage it is built
 * on when that is an earlier stage (the first of that name), else none: a global ARG is not in
 * a stage's scope unless the stage declares it again, as in Docker. `ONBUILD RUN` triggers are
 * a pass of their own (hadolint's `onbuild scrule`: the ONBUILD instructions alone): `/bin/sh`
 * unless an `ONBUILD SHELL` says otherwise, the `ONBUILD ARG`/`ENV` names before them only.
 * The proxy variables are always declared.
 */
export function shellScriptFiles(model: DockerfileModel): ShellScriptFile[] {
  if (model.escapeChar !== '\\') return [];
  const files: ShellScriptFile[] = [];
  const scan = scriptReader(model, files);
  scan(model.instructions.filter((instruction) => instruction.stage === -1), PROXY_VARIABLES);
  const declaredAtEnd = new Map<number, Set<string>>();
  const stageByName = new Map<string, number>();
  for (const stage of model.stages) {
    const parent = stageByName.get(stage.image.toLowerCase());
    declaredAtEnd.set(stage.index, scan(stage.instructions,
      parent === undefined ? PROXY_VARIABLES : declaredAtEnd.get(parent) ?? PROXY_VARIABLES));
    const name = stage.name?.toLowerCase();
    if (name !== undefined && !stageByName.has(name)) stageByName.set(name, stage.index);
  }
  const triggers = onbuildTriggerModel(model);
  if (triggers) scriptReader(triggers, files)(triggers.instructions, PROXY_VARIABLES);
  return files.sort((a, b) => a.instruction.line - b.instruction.line);
}
