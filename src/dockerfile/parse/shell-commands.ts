/**
 * Analyse stage, Dockerfile engine: reads a bash script (a RUN's shell form or heredoc body) for
 * what the rules ask of it — every simple command with its name, its words with the quotes
 * removed and variables left as written, its leading `NAME=value` assignments and where it
 * starts, and whether a pipe appears. A recursive-descent reader of bash's grammar (lists,
 * pipelines, `( )`, `{ }`, `if`, `for`, `while`, `until`, `case`, functions, `[[ ]]`, `(( ))`,
 * redirections, here-documents, quotes, `$( )`, backquotes, `${ }`, `<( )`), small enough for the
 * browser bundle: it replaced the unbash parser, which was 27 KB of a 64 KB bundle. It gives
 * unbash's answer on every script of the test corpora, and where the two differ on mutated
 * scripts, bash's own `bash -n` sides with it (`tests/unit/dockerfile/parse/
 * shell-commands.test.ts`).
 * Throws `ShellSyntaxError` where bash would refuse the script; `read-shell.ts` then splits it
 * plainly. Like bash, it does not refuse a broken backquote body or here-document expansion,
 * which bash reads only when it runs them. Browser-safe.
 */

export interface FoundCommand {
  /** Offset where the command starts (inside a backquote substitution: where that starts). */
  pos: number;
  name: string;
  args: string[];
  assignments: string[];
}

export interface ShellCommands {
  found: FoundCommand[];
  hasPipe: boolean;
}

export class ShellSyntaxError extends Error {
  override name = 'ShellSyntaxError';
}

/** Characters that end an unquoted word. */
const META = /[ \t\n;&|<>()]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** An unquoted run without expansions, from `lastIndex`. */
const PLAIN = /[^ \t\n;&|<>()'"\\`$]+/y;
/** A run of characters that stand for themselves in a word. */
const ORDINARY = /[^ \t\n;&|<>()'"\\`${}[]+/y;
/** Where a redirection may start. */
const REDIRECT_START = /[0-9{<>&]/;
const REDIRECT = /(?:\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(?:<<<|<<-|<<|<>|<&|>>|>&|>\||&>>|&>|<|>)/y;
const STOP_PAREN = new Set([')']);
const STOP_BRACE = new Set(['}']);
const STOP_THEN = new Set(['then']);
const STOP_IF = new Set(['elif', 'else', 'fi']);
const STOP_FI = new Set(['fi']);
const STOP_DO = new Set(['do']);
const STOP_DONE = new Set(['done']);
const STOP_CASE = new Set([';;', 'esac']);
const STOP_NONE = new Set<string>();
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}', 'in', ']]']);
const ANSI_C: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f',
  n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

interface Word {
  start: number;
  /** The word as written. */
  raw: string;
  /** Quotes and escapes removed, expansions as written. */
  value: string;
  /** Whether any part was quoted or escaped (a quoted word is never a reserved word). */
  quoted: boolean;
}

interface HereDoc {
  delimiter: string;
  strip: boolean;
  quoted: boolean;
}

/** `$'…'`'s value, as bash decodes it (byte escapes as UTF-8, as unbash does). */
function decodeAnsiC(body: string): string {
  let out = '';
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) out += new TextDecoder().decode(new Uint8Array(bytes));
    bytes = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\' || i + 1 >= body.length) {
      flush();
      out += c;
      continue;
    }
    const e = body[i + 1] ?? '';
    const hex = e === 'x' ? /^[0-9A-Fa-f]{1,2}/.exec(body.slice(i + 2)) : null;
    const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1));
    if (hex || octal) {
      const digits = hex ? hex[0] : octal?.[0] ?? '';
      const value = hex ? Number.parseInt(digits, 16) : Number.parseInt(digits, 8) & 0xff;
      i += digits.length + (hex ? 1 : 0);
      if (value >= 0x80) {
        bytes.push(value);
        continue;
      }
      flush();
      out += String.fromCharCode(value);
      continue;
    }
    flush();
    const unicode = /^[uU]([0-9A-Fa-f]{1,8})/.exec(body.slice(i + 1));
    if (unicode) {
      out += String.fromCodePoint(Math.min(Number.parseInt(unicode[1] ?? '', 16), 0x10ffff));
      i += unicode[0].length;
    } else if (e === 'c' && i + 2 < body.length) {
      out += String.fromCharCode((body.charCodeAt(i + 2) & 0x1f));
      i += 2;
    } else {
      out += ANSI_C[e] ?? `\\${e}`;
      i++;
    }
  }
  flush();
  // Bash ends the string at the first NUL an escape produces.
  const nul = out.indexOf('\0');
  return nul < 0 ? out : out.slice(0, nul);
}

/** Reads `text` as bash; throws ShellSyntaxError where bash would refuse it. */
export function readShellCommands(text: string): ShellCommands {
  const found: FoundCommand[] = [];
  let hasPipe = false;
  read(text, undefined);
  return { found, hasPipe };

  /** One script: the whole text, or a backquote substitution's decoded body. */
  function read(src: string, anchor: number | undefined): void {
    let pos = 0;
    const pending: HereDoc[] = [];
    const at = (s: string) => src.startsWith(s, pos);
    const fail = (what: string): never => {
      throw new ShellSyntaxError(`${what} at offset ${pos}`);
    };

    /** Consumes a newline, then the bodies of the here-documents started on its line. */
    function newline(): void {
      pos++;
      for (const doc of pending.splice(0)) {
        for (;;) {
          if (pos >= src.length) return;
          let end = src.indexOf('\n', pos);
          if (end < 0) end = src.length;
          const line = src.slice(pos, end);
          if ((doc.strip ? line.replace(/^\t+/, '') : line) === doc.delimiter) {
            pos = Math.min(end + 1, src.length);
            break;
          }
          if (!doc.quoted) expansionsIn(line, pos);
          pos = end + 1;
        }
      }
    }

    /** Command substitutions in an unquoted here-document line. */
    function expansionsIn(line: string, offset: number): void {
      const saved = pos;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\') i++;
        else if (c === '$' || c === '`') {
          pos = offset + i;
          try {
            if (c === '`') backquote();
            else if (line[i + 1] === '(' || line[i + 1] === '{') dollar();
            else continue;
            i = pos - offset - 1;
          } catch {
            // Bash reads a body's expansions only when it runs: a broken one is no syntax
            // error; the commands read before the break stay (as unbash keeps them).
          }
        }
      }
      pos = saved;
    }

    function blanks(): void {
      for (;;) {
        const c = src.charCodeAt(pos);
        // A space or a tab; a backslash-newline joins lines.
        if (c === 32 || c === 9) pos++;
        else if (c === 92 && src.charCodeAt(pos + 1) === 10) pos += 2;
        else return;
      }
    }

    /** Blanks, comments and newlines (with here-document bodies). */
    function gaps(): void {
      for (;;) {
        blanks();
        if (src[pos] === '#') {
          const end = src.indexOf('\n', pos);
          pos = end < 0 ? src.length : end;
        } else if (src[pos] === '\n') {
          newline();
        } else {
          return;
        }
      }
    }

    /**
     * The next word when it is plain (unquoted, no expansion: it may be a reserved word), `''`
     * for any other word, undefined for an operator or the end. Reads nothing.
     */
    function peekWord(): string | undefined {
      PLAIN.lastIndex = pos;
      const plain = PLAIN.exec(src)?.[0];
      const after = src[pos + (plain?.length ?? 0)];
      if (plain === undefined) return after === undefined || META.test(after) ? undefined : '';
      return after === undefined || META.test(after) ? plain : '';
    }

    /** Skips `expected` (a reserved word) or fails. */
    function keyword(expected: string): void {
      gaps();
      if (peekWord() !== expected) fail(`expected \`${expected}\``);
      pos += expected.length;
    }

    /**
     * A list of pipelines joined by `;`, `&`, `&&`, `||` and newlines, up to one of `stops`
     * (a reserved word at a command's start, or `)`/`;;` as operators), which is not consumed.
     */
    function list(stops: ReadonlySet<string>): string | undefined {
      for (;;) {
        gaps();
        if (pos >= src.length) return undefined;
        if (at(';;') || at(';&')) {
          if (stops.has(';;')) return ';;';
          fail('unexpected `;;`');
        }
        const c = src[pos];
        if (c === ')') {
          if (stops.has(')')) return ')';
          fail('unexpected `)`');
        }
        if (c === ';' || c === '&' || c === '|') fail(`unexpected \`${c}\``);
        const next = peekWord();
        if (next !== undefined && stops.has(next)) return next;
        if (next !== undefined && CLOSERS.has(next)) {
          fail(`unexpected \`${next}\``);
        }
        pipeline();
        blanks();
        if (at('&&') || at('||')) {
          pos += 2;
          gaps();
          if (pos >= src.length) fail('a command expected');
        } else if (at(';;') || at(';&')) {
          continue;
        } else if (src[pos] === ';' || (src[pos] === '&' && !at('&>'))) {
          pos++;
        } else if (src[pos] !== '\n' && src[pos] !== '#' && src[pos] !== ')' &&
          pos < src.length) {
          fail('unexpected text');
        }
      }
    }

    function pipeline(): void {
      for (;;) {
        gaps();
        const w = peekWord();
        if (w === '!') {
          pos++;
          continue;
        }
        if (w === 'time') {
          pos += 4;
          blanks();
          if (peekWord() === '-p') pos += 2;
          continue;
        }
        break;
      }
      command();
      blanks();
      while ((at('|') && !at('||')) || at('|&')) {
        hasPipe = true;
        pos += at('|&') ? 2 : 1;
        gaps();
        command();
        blanks();
      }
    }

    function redirectsAfter(): void {
      for (;;) {
        blanks();
        if (!redirect()) return;
      }
    }

    /** One redirection here, if there is one; its target is read, never an argument. */
    function redirect(): boolean {
      if (!REDIRECT_START.test(src[pos] ?? '')) return false;
      REDIRECT.lastIndex = pos;
      const op = REDIRECT.exec(src);
      if (!op) return false;
      if (src[pos + op[0].length] === '(' && /[<>]$/.test(op[0]) && op[0].length === 1) {
        return false;
      }
      pos += op[0].length;
      blanks();
      if (src[pos] === '#') fail('a redirection without a target');
      const target = word(false);
      if (!target) fail('a redirection without a target');
      if (op[0].endsWith('<<') || op[0].endsWith('<<-')) {
        pending.push({ delimiter: target?.value ?? '', strip: op[0].endsWith('-'),
          quoted: target?.quoted ?? false });
      }
      return true;
    }

    function command(): void {
      gaps();
      const start = pos;
      if (at('((')) {
        arithmetic(2);
        redirectsAfter();
        return;
      }
      if (src[pos] === '(') {
        pos++;
        list(STOP_PAREN);
        if (src[pos] !== ')') fail('`(` without `)`');
        pos++;
        redirectsAfter();
        return;
      }
      const first = peekWord();
      if (first !== undefined && CLOSERS.has(first)) fail(`unexpected \`${first}\``);
      switch (first) {
        case '{':
          pos++;
          list(STOP_BRACE);
          keyword('}');
          redirectsAfter();
          return;
        case 'if':
          pos += 2;
          for (;;) {
            list(STOP_THEN);
            keyword('then');
            const stop = list(STOP_IF) ?? fail('`if` without `fi`');
            pos += stop.length;
            if (stop === 'elif') continue;
            if (stop === 'else') {
              list(STOP_FI);
              keyword('fi');
            }
            break;
          }
          redirectsAfter();
          return;
        case 'while':
        case 'until':
          pos += first.length;
          list(STOP_DO);
          loopBody();
          return;
        case 'for':
        case 'select':
          pos += first.length;
          blanks();
          if (at('((')) {
            arithmetic(2);
          } else {
            const name = word(false);
            if (!name || !NAME.test(name.raw)) fail('`for` without a name');
            gaps();
            if (peekWord() === 'in') {
              pos += 2;
              for (;;) {
                blanks();
                if (src[pos] === ';' || src[pos] === '\n' || pos >= src.length) break;
                if (!word(false)) fail('unexpected text in a `for` list');
              }
            }
          }
          blanks();
          if (src[pos] === ';') pos++;
          gaps();
          if (peekWord() === '{') {
            command();
            return;
          }
          loopBody();
          return;
        case 'case':
          pos += 4;
          blanks();
          if (!word(false)) fail('`case` without a word');
          keyword('in');
          caseItems();
          redirectsAfter();
          return;
        case 'function': {
          pos += 8;
          blanks();
          if (!word(false)) fail('`function` without a name');
          blanks();
          if (at('()')) pos += 2;
          else if (src[pos] === '(') {
            pos++;
            blanks();
            if (src[pos] !== ')') fail('a bad function definition');
            pos++;
          }
          gaps();
          command();
          return;
        }
        case 'coproc': {
          pos += 6;
          blanks();
          // `coproc NAME compound-command`: the name is no command.
          const named = /^[A-Za-z_][A-Za-z0-9_]*[ \t]+(?:[{(]|if|for|while|until|case)[ \t\n]?/
            .exec(src.slice(pos, pos + 80));
          if (named) pos += (/^[A-Za-z_][A-Za-z0-9_]*/.exec(named[0])?.[0].length ?? 0);
          command();
          return;
        }
        case '[[':
          pos += 2;
          testExpression();
          redirectsAfter();
          return;
        default:
          simple(start);
      }
    }

    function loopBody(): void {
      keyword('do');
      list(STOP_DONE);
      keyword('done');
      redirectsAfter();
    }

    function caseItems(): void {
      for (;;) {
        gaps();
        if (peekWord() === 'esac') {
          pos += 4;
          return;
        }
        if (pos >= src.length) fail('`case` without `esac`');
        if (src[pos] === '(') pos++;
        for (;;) {
          blanks();
          if (!word(false)) fail('a bad `case` pattern');
          blanks();
          if (src[pos] === '|') {
            pos++;
            continue;
          }
          if (src[pos] !== ')') fail('a `case` pattern without `)`');
          pos++;
          break;
        }
        const stop = list(STOP_CASE);
        if (stop === ';;') pos += at(';;&') ? 3 : 2;
        else if (stop === undefined) fail('`case` without `esac`');
      }
    }

    /** `[[ … ]]`: operands are scanned for substitutions; nothing in it is a command. */
    function testExpression(): void {
      for (;;) {
        gaps();
        if (pos >= src.length) fail('`[[` without `]]`');
        if (at(']]') && (pos + 2 >= src.length || META.test(src[pos + 2] ?? ''))) {
          pos += 2;
          return;
        }
        if (/[()<>!|&;]/.test(src[pos] ?? '')) pos++;
        else if (!word(false)) fail('a bad `[[` expression');
      }
    }

    /** `((…))` or `$((…))` from its first `(`: depth-counted, substitutions read. */
    function arithmetic(opening: number): void {
      pos += opening;
      let depth = opening;
      while (depth > 0) {
        if (pos >= src.length) fail('`((` without `))`');
        const c = src[pos];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === '$' || c === '`' || c === '"' || c === "'") {
          word(false);
          continue;
        } else if (c === '\n') {
          newline();
          continue;
        }
        pos++;
      }
    }

    /** A simple command, or a function definition `name() body`. */
    function simple(start: number): void {
      // Its place among the commands found: before those of its own substitutions.
      const index = found.length;
      let name: string | undefined;
      const args: string[] = [];
      const assignments: string[] = [];
      for (;;) {
        blanks();
        if (pos >= src.length) break;
        const c = src[pos] ?? '';
        if (redirect()) continue;
        if (c === '\n' || c === ';' || c === '&' || c === '|' || c === ')') break;
        if (c === '#') break;
        if (c === '(') {
          if (name !== undefined && args.length === 0 && assignments.length === 0 &&
            /^\(\s*\)/.test(src.slice(pos))) {
            pos = src.indexOf(')', pos) + 1;
            gaps();
            command();
            return;
          }
          fail('unexpected `(`');
        }
        const w = word(name === undefined) ?? fail('unexpected text');
        if (name === undefined && ASSIGNMENT.test(w.raw)) {
          assignments.push(assignmentText(w));
        } else if (name === undefined) {
          name = w.value;
        } else {
          args.push(w.value);
        }
      }
      if (pos === start) fail('a command expected');
      if (name !== undefined) {
        found.splice(index, 0, { pos: anchor ?? start, name, args, assignments });
      }
    }

    /** `NAME=value` with the value's quotes removed; an array assignment as written. */
    function assignmentText(w: Word): string {
      const op = ASSIGNMENT.exec(w.raw)?.[0] ?? '';
      if (w.raw[op.length] === '(') return w.raw;
      const eq = op.indexOf('=');
      const bracket = op.indexOf('[');
      const head = bracket < 0 ? op : `${op.slice(0, bracket)}${op.slice(eq - (op[eq - 1] === '+'
        ? 1 : 0))}`;
      return `${head}${w.value.slice(w.value.indexOf('=') + 1)}`;
    }

    /**
     * The word starting here, or undefined when an operator or the end is here. `array`: a
     * leading `NAME=(` reads the whole array (only where assignments may stand).
     */
    function word(array: boolean): Word | undefined {
      const start = pos;
      let value = '';
      let quoted = false;
      // A brace expansion's value is its text as written, quotes and all (as unbash gives it):
      // taken whole at its `{`, then its characters are read for their substitutions only.
      let braceEnd = -1;
      let braces: Map<number, number> | undefined;
      const add = (text: string) => {
        if (pos >= braceEnd) value += text;
      };
      for (;;) {
        if (pos >= src.length) break;
        const c = src[pos] ?? '';
        if (c === '{' && pos >= braceEnd) {
          braces ??= braceExpansions(pos);
          const end = braces.get(pos);
          if (end !== undefined) {
            value += src.slice(pos, end);
            braceEnd = end;
          }
        }
        if ((c === '<' || c === '>') && src[pos + 1] === '(' && pos === start) {
          pos++;
          substitution();
          value += src.slice(start, pos);
          continue;
        }
        if (c === '(' && pos > start) {
          const before = src.slice(start, pos);
          if (/[@!+*?]$/.test(before)) {
            const from = pos;
            balanced();
            if (from >= braceEnd) value += src.slice(from, pos);
            continue;
          }
          if (array && ASSIGNMENT.test(before) && before.endsWith('=')) {
            pos++;
            for (;;) {
              gaps();
              if (src[pos] === ')') break;
              if (pos >= src.length || !word(false)) fail('an array without `)`');
            }
            pos++;
            value = src.slice(start, pos);
            continue;
          }
        }
        if (META.test(c)) break;
        if (c === '[' && array && /^[A-Za-z_][A-Za-z0-9_]*$/.test(src.slice(start, pos))) {
          // Where an assignment may stand, bash reads `name[` to its `]` (`a[i + 1]=x`).
          const end = src.indexOf(']', pos);
          if (end < 0) fail('`[` without `]`');
          add(src.slice(pos, end + 1));
          pos = end + 1;
          continue;
        }
        if (c === '\\') {
          quoted = true;
          if (src[pos + 1] !== '\n') add(src[pos + 1] ?? '\\');
          pos += 2;
        } else if (c === "'") {
          quoted = true;
          const end = src.indexOf("'", pos + 1);
          if (end < 0) fail('an unterminated `\'`');
          add(src.slice(pos + 1, end));
          pos = end + 1;
        } else if (c === '"') {
          quoted = true;
          const from = pos;
          const inside = doubleQuoted();
          if (from >= braceEnd) value += inside;
        } else if (c === '$' && src[pos + 1] === "'") {
          quoted = true;
          let end = pos + 2;
          while (end < src.length && src[end] !== "'") end += src[end] === '\\' ? 2 : 1;
          if (end >= src.length) fail('an unterminated `$\'`');
          add(decodeAnsiC(src.slice(pos + 2, end)));
          pos = end + 1;
        } else if (c === '$' && src[pos + 1] === '"') {
          quoted = true;
          const from = pos++;
          const inside = doubleQuoted();
          if (from >= braceEnd) value += inside;
        } else if (c === '$' || c === '`') {
          const from = pos;
          if (c === '`') backquote();
          else dollar();
          if (from >= braceEnd) value += src.slice(from, pos);
        } else {
          ORDINARY.lastIndex = pos;
          const run = ORDINARY.exec(src)?.[0] ?? c;
          add(run);
          pos += run.length;
        }
      }
      return pos === start ? undefined : { start, raw: src.slice(start, pos), value, quoted };
    }

    /**
     * The brace expansions (`{a,b}`, `{1..3}`) of the word from `from` (its first `{`): each
     * start's offset mapped to the offset after its `}`; a `{` whose `}` does not come before an
     * unquoted blank or operator, or without a `,` or `..` at its own depth, is no expansion. One
     * pass over the word, whatever the number of braces.
     */
    function braceExpansions(from: number): Map<number, number> {
      const ends = new Map<number, number>();
      const open: Array<{ start: number; list: boolean }> = [];
      for (let i = from; i < src.length; i++) {
        const c = src[i] ?? '';
        if (c === '\\') i++;
        else if (c === "'") {
          i = src.indexOf("'", i + 1);
          if (i < 0) break;
        } else if (c === '"') {
          for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++;
        } else if (c === '$' && src[i + 1] === '{') {
          const close = src.indexOf('}', i);
          if (close < 0) break;
          i = close;
        } else if (c === '{') open.push({ start: i, list: false });
        else if (c === '}') {
          const top = open.pop();
          if (top?.list) ends.set(top.start, i + 1);
        } else if (c === ',' || (c === '.' && src[i + 1] === '.')) {
          const top = open.at(-1);
          if (top) top.list = true;
        } else if (META.test(c)) break;
      }
      return ends;
    }

    /** `"…"` from its quote: the value inside, escapes removed, expansions as written. */
    function doubleQuoted(): string {
      pos++;
      let value = '';
      for (;;) {
        if (pos >= src.length) fail('an unterminated `"`');
        const c = src[pos];
        if (c === '"') {
          pos++;
          return value;
        }
        if (c === '\\') {
          const e = src[pos + 1] ?? '';
          if (e === '\n') value += '';
          else if ('$`"\\'.includes(e)) value += e;
          else value += `\\${e}`;
          pos += 2;
        } else if (c === '$' || c === '`') {
          const from = pos;
          if (c === '`') backquote();
          else dollar();
          value += src.slice(from, pos);
        } else {
          value += c;
          pos++;
        }
      }
    }

    /** An expansion from its `$`: `$(…)`, `$((…))`, `${…}`, `$name` or a lone `$`. */
    function dollar(): void {
      if (at('$((')) {
        const saved = pos;
        const count = found.length;
        try {
          pos++;
          arithmetic(2);
          return;
        } catch {
          // `$((a); (b)`: a command substitution starting with a subshell.
          pos = saved;
          found.length = count;
        }
      }
      if (at('$(')) {
        pos++;
        substitution();
      } else if (at('${')) {
        pos += 2;
        for (let depth = 1; depth > 0;) {
          if (pos >= src.length) fail('an unterminated `${`');
          const c = src[pos];
          if (c === '}') {
            depth--;
            pos++;
          } else if (c === '{') {
            depth++;
            pos++;
          } else if (c === '\\') {
            pos += 2;
          } else if (c === "'" ) {
            const end = src.indexOf("'", pos + 1);
            pos = end < 0 ? fail('an unterminated `\'`') : end + 1;
          } else if (c === '"') {
            doubleQuoted();
          } else if (c === '$' || c === '`') {
            if (c === '`') backquote();
            else if (src[pos + 1] === '{' || src[pos + 1] === '(') dollar();
            else pos++;
          } else if (c === '\n') {
            pos++;
          } else {
            pos++;
          }
        }
      } else {
        pos++;
      }
    }

    /** `(list)` from its `(`: a command substitution's or process substitution's script. */
    function substitution(): void {
      pos++;
      list(STOP_PAREN);
      if (src[pos] !== ')') fail('`$(` without `)`');
      pos++;
    }

    /** Balanced parentheses from a `(` (an extended glob), quotes respected. */
    function balanced(): void {
      for (let depth = 0; ;) {
        if (pos >= src.length) fail('`(` without `)`');
        const c = src[pos];
        if (c === '(') depth++;
        else if (c === ')' && --depth === 0) {
          pos++;
          return;
        } else if (c === '\\') pos++;
        pos++;
      }
    }

    /** A backquote substitution: its body, unescaped, read as a script of its own. */
    function backquote(): void {
      const open = pos;
      let body = '';
      pos++;
      for (;;) {
        if (pos >= src.length) fail('an unterminated backquote');
        const c = src[pos] ?? '';
        if (c === '`') break;
        if (c === '\\' && '$`\\'.includes(src[pos + 1] ?? '')) {
          body += src[pos + 1];
          pos += 2;
        } else {
          body += c;
          pos++;
        }
      }
      pos++;
      try {
        read(body, anchor ?? open);
      } catch {
        // As in a here-document: bash reads a backquote's body only when it runs.
      }
    }

    list(STOP_NONE);
    if (pos < src.length) fail('unexpected text');
  }
}
