/**
 * Analyse stage, Dockerfile engine: the model a parsed Dockerfile becomes. Rules read only this
 * model (never the raw text with regexes). No Node-only imports: the engine also runs in the
 * reader's browser.
 */

/** A `--name=value` flag of an instruction (`--from=builder`, `--chown=app:app`, `--mount=…`). */
export interface Flag {
  name: string;
  /** `undefined` for a bare flag such as `--link`. */
  value: string | undefined;
}

/** One simple command inside a shell script: `apt-get install -y curl`. */
export interface ShellCommand {
  /** The command word as written, e.g. `apt-get`, `pip3`, `/usr/bin/apk`. */
  name: string;
  /** The words after the command name, quotes removed, variables left as written (`$HOME`). */
  args: string[];
  /** `NAME=value` assignments written before the command (`DEBIAN_FRONTEND=noninteractive`). */
  assignments: string[];
  /** 1-based line in the Dockerfile where the command starts. */
  line: number;
}

/** A shell script (a shell-form RUN, or a heredoc body run by the shell), read as shell. */
export interface ShellScript {
  /** Every simple command, in order, including those inside `&&`, `||`, `;`, pipes, subshells. */
  commands: ShellCommand[];
  /** Whether any pipeline (`a | b`) appears. */
  hasPipe: boolean;
  /** The script text as the shell sees it (continuations joined, comments inside removed). */
  text: string;
  /** False when the shell parser could not read it; `commands` is then a best effort. */
  parsed: boolean;
}

/** A heredoc attached to an instruction: `RUN <<EOF … EOF`, `COPY <<EOF /file … EOF`. */
export interface Heredoc {
  /** The delimiter word, e.g. `EOF`. */
  name: string;
  body: string;
  /** Lines of the body (1-based, inclusive); equal when the body is empty. */
  line: number;
  endLine: number;
}

/** One instruction, with its exact line range. */
export interface Instruction {
  /** Upper-case keyword: `RUN`, `FROM`, … */
  keyword: string;
  /** The keyword as written (`from`, `Run`), for casing checks. */
  rawKeyword: string;
  /** First and last line (1-based, inclusive) including continuation lines and heredoc bodies. */
  line: number;
  endLine: number;
  /** Index of the stage it belongs to; -1 for instructions before the first FROM. */
  stage: number;
  flags: Flag[];
  /** Arguments after the flags as the builder reads them (continuations joined with a space). */
  argsText: string;
  /** `argsText` split into words (quotes removed) — for non-JSON forms. */
  args: string[];
  /** The exec-form array, when the arguments are a JSON array (`["python", "app.py"]`). */
  json: string[] | undefined;
  /** For shell-form RUN (and a RUN heredoc body): the script read as shell. */
  shell: ShellScript | undefined;
  heredocs: Heredoc[];
}

/** `ARG` or `ENV` as declared. */
export interface Variable {
  name: string;
  /** Default or value as written; `undefined` for `ARG NAME` with no default. */
  value: string | undefined;
  kind: 'ARG' | 'ENV';
  line: number;
  /** Stage index, -1 for global ARGs (before the first FROM). */
  stage: number;
}

/** A parsed image reference: `registry/name:tag@digest`. */
export interface ImageRef {
  /** As written in FROM (may contain `${VAR}`). */
  raw: string;
  registry: string | undefined;
  /** Repository path without registry, e.g. `library/python` is given as `python`. */
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

export interface Stage {
  index: number;
  /** The `AS name`, as written; undefined when unnamed. */
  name: string | undefined;
  /** The FROM image as written, e.g. `python:${PYTHON_VERSION}-alpine`. */
  image: string;
  /** The image with global ARG defaults substituted where known. */
  resolvedImage: string;
  /** Parsed `resolvedImage`; `scratch` and stage names are parsed too (name only). */
  ref: ImageRef;
  /** `--platform` value, if any. */
  platform: string | undefined;
  /** The FROM line, and the last line of the stage. */
  line: number;
  endLine: number;
  /** Instructions of the stage, FROM first. */
  instructions: Instruction[];
}

export interface Directive {
  /** Lower-case directive name: `escape`, `syntax`, `check`. */
  name: string;
  value: string;
  line: number;
}

export interface SyntaxError {
  line: number;
  endLine: number;
  message: string;
}

export interface DockerfileModel {
  /** The text that was parsed. */
  source: string;
  /** The escape character from `# escape=` (default backslash). */
  escapeChar: '\\' | '`';
  directives: Directive[];
  /** ARGs before the first FROM. */
  globalArgs: Variable[];
  stages: Stage[];
  /** All instructions in file order (global ARGs included, stage -1). */
  instructions: Instruction[];
  /** Every ARG and ENV, in file order. */
  variables: Variable[];
  /** Comment lines (not directives), 1-based. */
  comments: Array<{ line: number; text: string }>;
  /** Syntax problems (unknown instruction, missing arguments…): from dockerfile-utils in Node,
   * from our own checks in the browser entry. */
  syntaxErrors: SyntaxError[];
}
