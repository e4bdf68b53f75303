/**
 * Examples, "Run it here": reads a line typed in the page's small terminal. It knows `curl`
 * (the options a reader uses to ask a web app: `-i`, `-I`, `-X`, `-H`, `-d`, `-s`, `-f`, `-v`),
 * `docker logs`, `help` and `clear`; anything else is `unknown`, answered with a short help.
 * Words are split as a POSIX shell splits them (single and double quotes, backslashes), so
 * `curl -H 'Accept: text/html' …` works as in a real terminal. Pure; browser-safe.
 */

export interface CurlRequest {
  method: string;
  scheme: 'http' | 'https';
  host: string;
  /** The port written in the URL, else the scheme's default (80, 443). */
  port: number;
  /** Path and query, always starting with `/`. */
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** `-i`: print the status line and headers before the body. */
  include: boolean;
  /** `-I`: a HEAD request; print the status line and headers only. */
  headOnly: boolean;
  /** `-f`: an HTTP error (>= 400) prints curl's error 22 instead of the body. */
  fail: boolean;
}

export type TerminalCommand =
  | { kind: 'empty' }
  | { kind: 'help' }
  | { kind: 'clear' }
  | { kind: 'logs' }
  | { kind: 'curl'; request: CurlRequest }
  /** A known command used wrongly: `message` is what the command itself would print. */
  | { kind: 'error'; message: string }
  | { kind: 'unknown'; name: string };

export class ShellQuoteError extends Error {
  override name = 'ShellQuoteError';
}

/** Splits a command line into words as `sh` does (quotes removed; no variables or globs). */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) word += line[++i] ?? '';
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= '';
    } else if (ch === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote !== undefined) {
    throw new ShellQuoteError(`unmatched ${quote === "'" ? 'single' : 'double'} quote: close `
      + `it with another ${quote}`);
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Options that take a value, by every spelling a reader might use. */
const VALUE_OPTIONS: Record<string, 'method' | 'header' | 'data'> = {
  '-X': 'method', '--request': 'method',
  '-H': 'header', '--header': 'header',
  '-d': 'data', '--data': 'data', '--data-raw': 'data', '--data-binary': 'data',
};
/** Flags that change what is printed, or that change nothing here (`-s`, `-S`, `-L`, `-v`). */
const FLAGS: Record<string, 'include' | 'head' | 'fail' | 'ignored'> = {
  '-i': 'include', '--include': 'include', '-v': 'include', '--verbose': 'include',
  '-I': 'head', '--head': 'head',
  '-f': 'fail', '--fail': 'fail',
  '-s': 'ignored', '--silent': 'ignored', '-S': 'ignored', '--show-error': 'ignored',
  '-L': 'ignored', '--location': 'ignored',
};

/** `-fsS` → `-f -s -S`; `-sXPOST` → `-s -X POST`, as curl reads grouped short options. */
export function expandShortOptions(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    if (!/^-[A-Za-z]{2,}/.test(arg)) return [arg];
    const out: string[] = [];
    for (let i = 1; i < arg.length; i++) {
      const option = `-${arg[i] ?? ''}`;
      if (VALUE_OPTIONS[option] !== undefined) {
        out.push(option, ...(i + 1 < arg.length ? [arg.slice(i + 1)] : []));
        return out;
      }
      out.push(option);
    }
    return out;
  });
}

/** `localhost:8080/health`, `http://127.0.0.1/`: curl's reading of a URL without a scheme. */
export function parseCurlUrl(text: string): Pick<CurlRequest, 'scheme' | 'host' | 'port' | 'path'>
  | undefined {
  const match = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([/?][^#]*)?(?:#.*)?$/i
    .exec(text);
  if (match === null) return undefined;
  const scheme = (match[1]?.toLowerCase() ?? 'http') as 'http' | 'https';
  const port = match[3] === undefined ? (scheme === 'https' ? 443 : 80) : Number(match[3]);
  const rest = match[4] ?? '/';
  const path = rest.startsWith('?') ? `/${rest}` : rest;
  return { scheme, host: (match[2] ?? '').toLowerCase(), port, path };
}

function parseCurl(words: readonly string[]): TerminalCommand {
  const args = expandShortOptions(words);
  let method: string | undefined;
  const headers: Record<string, string> = {};
  let body: string | undefined;
  let include = false;
  let headOnly = false;
  let fail = false;
  let url: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name = arg, inline] = arg.startsWith('--') && arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    const valued = VALUE_OPTIONS[name];
    if (valued !== undefined) {
      const value = inline ?? args[++i];
      if (value === undefined) {
        return { kind: 'error', message: `curl: option ${name}: requires parameter` };
      }
      if (valued === 'method') method = value.toUpperCase();
      if (valued === 'data') body = body === undefined ? value : `${body}&${value}`;
      if (valued === 'header') {
        const colon = value.indexOf(':');
        if (colon > 0) headers[value.slice(0, colon).trim()] = value.slice(colon + 1).trim();
      }
      continue;
    }
    const flag = FLAGS[name];
    if (flag === 'include') include = true;
    else if (flag === 'head') headOnly = true;
    else if (flag === 'fail') fail = true;
    if (flag !== undefined) continue;
    if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `curl: option ${name}: is not known here; this terminal `
        + 'knows -i, -I, -X, -H, -d, -s, -f and -v' };
    }
    if (url !== undefined) {
      return { kind: 'error', message: 'curl: one URL at a time, please (this terminal asks '
        + 'one URL per command)' };
    }
    url = arg;
  }
  if (url === undefined) {
    return { kind: 'error', message: 'curl: no URL specified (try `curl localhost:8080/health`)' };
  }
  const target = parseCurlUrl(url);
  if (target === undefined) {
    return { kind: 'error', message: `curl: (3) URL rejected: \`${url}\` is not a URL such as `
      + '`localhost:8080/health`' };
  }
  return {
    kind: 'curl',
    request: { ...target, method: method ?? (headOnly ? 'HEAD' : body === undefined ? 'GET'
      : 'POST'), headers, body, include: include || headOnly, headOnly, fail },
  };
}

/** What a line typed in the terminal asks for. */
export function parseCommand(line: string): TerminalCommand {
  let words: string[];
  try {
    words = splitWords(line);
  } catch (error) {
    if (error instanceof ShellQuoteError) return { kind: 'error', message: `sh: ${error.message}` };
    throw error;
  }
  // A pasted prompt (`$ curl …`) is not part of the command.
  if (words[0] === '$') words = words.slice(1);
  const [name, ...args] = words;
  if (name === undefined) return { kind: 'empty' };
  if (name === 'curl') return parseCurl(args);
  if (name === 'help' || name === '--help' || name === '?') return { kind: 'help' };
  if (name === 'clear' || name === 'cls') return { kind: 'clear' };
  if (name === 'docker' && args[0] === 'logs') return { kind: 'logs' };
  return { kind: 'unknown', name: name === 'docker' ? `docker ${args[0] ?? ''}`.trim() : name };
}

/** The help the terminal prints for `help` and after an unknown command. */
export function helpText(port: number, healthPath: string): string {
  return [
    'This terminal talks to the simulated container only. Try:',
    `  curl localhost:${port}${healthPath}      the health endpoint`,
    `  curl -i localhost:${port}/          status line and headers, then the body`,
    '  docker logs                  what the app printed',
    '  clear                        empty this log',
  ].join('\n');
}
