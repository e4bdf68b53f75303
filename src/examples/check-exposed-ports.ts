/**
 * Examples (analyse stage for write-ups): the published-port check against the Dockerfile beside a
 * folder write-up (src/bundle/). A `docker run -p 5001:5000` publishes container port 5000; when
 * the write-up's own Dockerfile EXPOSEs ports and 5000 is not one of them, the command and the
 * file disagree about where the app listens, and the reader's browser gets no answer. Left alone:
 * a Dockerfile with no EXPOSE (it says nothing), an EXPOSE through a variable (`$PORT`), and
 * `docker run`s whose ports are not written down (`-P`). Node or browser (remark only).
 */
import type { Code } from 'mdast';
import { parseMarkdown, type ParsedMarkdown } from '../shared/parsed-markdown.ts';
import { visit } from '../shared/visit.ts';
import { parseDockerfile } from '../dockerfile/parse/parse-dockerfile.ts';

export interface ExposeFinding {
  ruleId: 'published-port-not-exposed';
  /** 1-based line of the `docker run` in the Markdown file. */
  line: number;
  column: number;
  message: string;
}

const DOCKER_RUN = /\b(?:docker|podman)\s+(?:container\s+)?run\b/;
/** Blocks that are files, not commands a reader types. */
const FILE_LANGS = new Set(['dockerfile', 'docker', 'containerfile', 'yaml', 'yml', 'json',
  'toml', 'ini', 'python', 'py', 'js', 'javascript', 'ts', 'typescript', 'go', 'java']);

/** Ports the Dockerfile EXPOSEs, or undefined when one is not a plain number. */
export function exposedPorts(dockerfile: string): number[] | undefined {
  const ports: number[] = [];
  for (const instruction of parseDockerfile(dockerfile).instructions) {
    if (instruction.keyword !== 'EXPOSE') continue;
    for (const arg of instruction.args) {
      const match = /^(\d+)(?:-(\d+))?(?:\/(?:tcp|udp|sctp))?$/i.exec(arg);
      if (match === null) return undefined;
      const from = Number(match[1]);
      const to = Number(match[2] ?? match[1]);
      for (let port = from; port <= to && port - from < 1000; port += 1) ports.push(port);
    }
  }
  return ports;
}

/** Container ports of the `-p HOST:CONTAINER` options of one command. */
export function publishedContainerPorts(command: string): number[] {
  const words = command.trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, ''));
  const ports: number[] = [];
  words.forEach((word, i) => {
    let value: string | undefined;
    if (word === '-p' || word === '--publish') value = words[i + 1];
    else if (/^-p\S/.test(word)) value = word.slice(2).replace(/^=/, '');
    else if (word.startsWith('--publish=')) value = word.slice('--publish='.length);
    const container = value?.replace(/\/(?:tcp|udp|sctp)$/i, '').split(':').at(-1);
    if (container !== undefined && /^\d+$/.test(container)) ports.push(Number(container));
  });
  return ports;
}

function commands(code: Code, start: number): Array<{ text: string; line: number }> {
  const first = start + 1;
  const found: Array<{ text: string; line: number }> = [];
  let text = '';
  let line = first;
  code.value.split('\n').forEach((raw, index) => {
    const part = raw.replace(/^\s*\$ /, '');
    if (text === '') line = first + index;
    text += `${part.replace(/\\\s*$/, '')} `;
    if (/\\\s*$/.test(part)) return;
    found.push({ text, line });
    text = '';
  });
  return found;
}

/**
 * Findings for one write-up: `markdown` is its text (`file` names it in messages), `dockerfile`
 * the whole Dockerfile beside it and `name` that file's name in the folder (`Dockerfile`).
 */
export function checkExposedPorts(markdown: string, file: string, dockerfile: string,
  name: string): ExposeFinding[] {
  return exposedPortFindings(parseMarkdown(markdown), file, dockerfile, name);
}

/** Findings in the tree a write-up was parsed into (the pipeline's, src/render/). */
export function exposedPortFindings({ tree, lineOf }: ParsedMarkdown, file: string,
  dockerfile: string, name: string): ExposeFinding[] {
  const exposed = exposedPorts(dockerfile);
  if (exposed === undefined || exposed.length === 0) return [];
  const findings: ExposeFinding[] = [];
  visit(tree, 'code', (code: Code) => {
    if (FILE_LANGS.has((code.lang ?? '').toLowerCase())) return;
    for (const command of commands(code, lineOf(code))) {
      for (const part of command.text.split(/&&|\|\||;|\|/)) {
        if (!DOCKER_RUN.test(part)) continue;
        for (const port of publishedContainerPorts(part)) {
          if (exposed.includes(port)) continue;
          const list = exposed.join(', ');
          findings.push({ ruleId: 'published-port-not-exposed', line: command.line, column: 1,
            message: `${file}:${command.line}:1: the \`docker run\` publishes container port ` +
              `${port}, but \`${name}\` ` +
              `beside the write-up EXPOSEs ${list}: the app in the image listens on ` +
              `${exposed.length > 1 ? 'one of those' : list}, so nothing answers. Publish ` +
              `\`-p <host port>:${exposed[0] ?? ''}\`, or EXPOSE the port the app uses.` });
        }
      }
    }
  });
  return findings;
}
