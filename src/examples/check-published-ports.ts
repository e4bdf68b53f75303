/**
 * Examples (analyse stage for write-ups): finds a `localhost` URL that points to a port no
 * `docker run -p` published. Seed write-up "Dockerization of Flask application" runs
 * `docker run -p 5001:5001 …` and then tells the reader to open `http://localhost:5000`, which
 * answers nothing.
 *
 * Read in document order: every `docker run` in a code block adds its published host ports
 * (`-p 5001:5001`, `-p 127.0.0.1:8080:80`, `--publish=8080:80`, ranges), and every later
 * `localhost:PORT` / `127.0.0.1:PORT` URL (in a command, or in prose and plain blocks such as
 * "open http://localhost:5000") must name one of them. Left alone: URLs before any `docker run`;
 * Dockerfile, Compose and other config blocks (their `localhost` is the container's own);
 * output lines of a block written with `$ ` prompts (a server printing "Running on
 * http://127.0.0.1:5000" speaks from inside the container); runs with `-P`/`--publish-all` or
 * a `--network host`, whose host ports are not written down. Node or browser (remark only).
 */
import type { Code, Nodes, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { parseMarkdown, type ParsedMarkdown } from '../shared/parsed-markdown.ts';
import { SKIP, visit } from '../shared/visit.ts';
import { codeLanguage } from '../shared/code-language.ts';

export interface PortFinding {
  ruleId: 'published-port-mismatch';
  /** 1-based line and column of the URL in the Markdown file. */
  line: number;
  column: number;
  /** The URL's port. */
  port: number;
  /** Host ports published by the `docker run`s before it. */
  published: number[];
  /** Line of the last `docker run` that published ports before the URL. */
  runLine: number;
  message: string;
}

/** Blocks whose URLs are the container's or a config file's, not the reader's browser. */
const CONFIG_LANGS = new Set([
  'dockerfile', 'yaml', 'yml', 'json', 'toml', 'ini', 'nginx', 'conf',
  'python', 'py', 'js', 'javascript', 'ts', 'typescript', 'go', 'java',
]);
const URL_PORT = /\b(?:https?:\/\/)?(?:localhost|127\.0\.0\.1):(\d{1,5})\b/g;
const DOCKER_RUN = /\b(?:docker|podman)\s+(?:container\s+)?run\b/;

interface Event {
  line: number;
  column: number;
  kind: 'run' | 'url';
  /** run: host ports, or undefined when they cannot be known (-P, host network). */
  ports: number[] | undefined;
  port: number;
}

/** Findings for one Markdown file; `file` is used in messages only. */
export function checkPublishedPorts(markdown: string, file: string): PortFinding[] {
  return publishedPortFindings(parseMarkdown(markdown), file);
}

/** Findings in the tree a Markdown file was parsed into (the pipeline's, src/render/). */
export function publishedPortFindings({ text, tree, lineOf }: ParsedMarkdown, file: string):
  PortFinding[] {
  const events: Event[] = [];
  const isText = (node: Nodes | undefined): node is Text | TextDirective =>
    node?.type === 'text' || node?.type === 'textDirective';
  const written = (node: Text | TextDirective) => node.type === 'text' ? node.value
    : text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  visit(tree, (node, index, parent) => {
    const start = node.position?.start;
    if (start === undefined) return undefined;
    if (node.type === 'code') {
      readCode(node, lineOf(node), events);
    } else if (node.type === 'inlineCode') {
      urls(node.value, lineOf(node), start.column, events);
    } else if (isText(node)) {
      // A run of text as written: a parser that knows directives (the guide's) reads
      // `localhost:9090` as the text `localhost` and a directive `:9090`.
      const siblings = parent?.children ?? [node];
      const at = index ?? 0;
      if (isText(siblings[at - 1])) return SKIP;
      let end = at;
      while (isText(siblings[end + 1])) end += 1;
      const run = (siblings.slice(at, end + 1) as Array<Text | TextDirective>).map(written);
      urls(run.join(''), lineOf(node), start.column, events);
      return SKIP;
    } else if (node.type === 'link' && node.children.length === 0) {
      urls(node.url, lineOf(node), start.column, events);
    }
    return undefined;
  });
  events.sort((a, b) => a.line - b.line || a.column - b.column);
  const findings: PortFinding[] = [];
  let published: number[] | undefined;
  let runLine = 0;
  let known = true;
  for (const event of events) {
    if (event.kind === 'run') {
      if (event.ports === undefined) {
        known = false;
      } else if (event.ports.length > 0) {
        published = [...new Set([...(known ? published ?? [] : []), ...event.ports])];
        known = true;
        runLine = event.line;
      }
      continue;
    }
    if (published === undefined || !known || published.includes(event.port)) continue;
    const list = published.join(', ');
    findings.push({
      ruleId: 'published-port-mismatch',
      line: event.line,
      column: event.column,
      port: event.port,
      published: [...published],
      runLine,
      message: `${file}:${event.line}:${event.column}: \`localhost:${event.port}\` points to `
        + `port ${event.port}, but the \`docker run\` on line ${runLine} publishes host port`
        + `${published.length > 1 ? 's' : ''} ${list}, so nothing answers there. Use `
        + `\`localhost:${published[0]}\`, or publish port ${event.port} `
        + `(\`-p ${event.port}:<container port>\`).`,
    });
  }
  return findings;
}

function readCode(node: Code, line: number, events: Event[]): void {
  const lang = codeLanguage(node.lang);
  if (CONFIG_LANGS.has(lang)) return;
  const first = line + 1;
  const lines = node.value.split('\n');
  const prompted = lines.some((line) => /^\s*\$ /.test(line));
  let command = '';
  let commandLine = first;
  lines.forEach((raw, index) => {
    const isPrompt = /^\s*\$ /.test(raw);
    const continuing = command !== '';
    if (prompted && !isPrompt && !continuing) return;
    const text = raw.replace(/^\s*\$ /, '');
    if (!continuing) commandLine = first + index;
    const column = raw.length - text.length + 1;
    urls(text, first + index, column, events);
    command += `${text.replace(/\\\s*$/, '')} `;
    if (/\\\s*$/.test(text)) return;
    for (const part of command.split(/&&|\|\||;|\|/)) {
      if (DOCKER_RUN.test(part)) {
        events.push({ line: commandLine, column: 1, kind: 'run', ports: publishedPorts(part),
          port: 0 });
      }
    }
    command = '';
  });
}

function urls(text: string, line: number, column: number, events: Event[]): void {
  // Text nodes span lines: count lines and columns inside the node.
  const lines = text.split('\n');
  lines.forEach((part, offset) => {
    for (const match of part.matchAll(URL_PORT)) {
      events.push({
        line: line + offset,
        column: (offset === 0 ? column : 1) + (match.index ?? 0),
        kind: 'url',
        ports: undefined,
        port: Number(match[1]),
      });
    }
  });
}

/** Host ports a `docker run` publishes; undefined when they cannot be known. */
export function publishedPorts(command: string): number[] | undefined {
  const words = command.trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, ''));
  const ports: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (word === '-P' || word === '--publish-all' || /^--net(?:work)?(?:=|$)host?$/.test(word)
      || (/^--net(?:work)?$/.test(word) && words[i + 1] === 'host')) {
      return undefined;
    }
    let value: string | undefined;
    if (word === '-p' || word === '--publish') value = words[i + 1];
    else if (/^-p\S/.test(word)) value = word.slice(2).replace(/^=/, '');
    else if (word.startsWith('--publish=')) value = word.slice('--publish='.length);
    if (value === undefined) continue;
    const parts = value.replace(/\/(?:tcp|udp|sctp)$/, '').split(':');
    // `-p 80` publishes on a random host port: not written down.
    if (parts.length < 2) return undefined;
    const host = parts.at(-2) ?? '';
    const range = /^(\d+)(?:-(\d+))?$/.exec(host);
    if (range === null) return undefined;
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    for (let port = from; port <= to && port - from < 1000; port += 1) ports.push(port);
  }
  return ports;
}
