/**
 * Analyse stage, Dockerfile engine, shared by rules: a HEALTHCHECK that works in the image at
 * hand (SS004). `curl` is missing from slim, alpine, distroless and scratch images, so the probe
 * uses what the image has: Python's or Node's standard library in those images, BusyBox `wget`
 * in alpine and busybox images, curl or wget when the Dockerfile installs them. Distroless and
 * scratch images have no shell and no client: only a binary the image ships can probe.
 * The port is the one the stage EXPOSEs.
 */
import type { DockerfileModel, Stage } from '../model.ts';
import { baseName } from './base-name.ts';
import { runInstructions } from './run-instructions.ts';

export interface HealthcheckAdvice {
  /** A HEALTHCHECK instruction to add, or undefined when none is known to work in the image. */
  instruction: string | undefined;
  /** Why this probe (or why none), in one sentence. */
  reason: string;
}

/** The first port the stages EXPOSE (`EXPOSE 8080/tcp` → 8080), or undefined. */
function exposedPort(lineage: readonly Stage[]): string | undefined {
  for (const stage of lineage) {
    const expose = stage.instructions.find((i) => i.keyword === 'EXPOSE');
    const port = expose?.args.map((arg) => /^(\d+)/.exec(arg)?.[1]).find((p) => p !== undefined);
    if (port !== undefined) return port;
  }
  return undefined;
}

/** Whether a RUN of these stages installs `tool` with apt-get, apk, dnf, yum or microdnf. */
function installs(model: DockerfileModel, lineage: readonly Stage[], tool: string): boolean {
  const stages = new Set(lineage.map((s) => s.index));
  return runInstructions(model).some(({ instruction, commands }) =>
    stages.has(instruction.stage) && commands.some((command) =>
      ['apt-get', 'apk', 'dnf', 'yum', 'microdnf'].includes(baseName(command.name)) &&
      command.args.some((arg) => arg === tool || arg.startsWith(`${tool}=`))));
}

const exec = (words: string[]): string =>
  `HEALTHCHECK --interval=30s --timeout=3s CMD [${words.map((w) => JSON.stringify(w)).join(', ')}]`;

export function healthcheckAdvice(model: DockerfileModel, lineage: readonly Stage[]):
  HealthcheckAdvice {
  const base = lineage[lineage.length - 1];
  const name = base?.ref.name ?? '';
  const tag = base?.ref.tag ?? '';
  const port = exposedPort(lineage);
  const url = `http://localhost:${port ?? '<port>'}/health`;
  const portNote = port === undefined ? ' (no EXPOSE: put your app\'s port in the URL)' : '';
  const short = name.slice(name.lastIndexOf('/') + 1);
  const distroless = name.includes('distroless') || name.startsWith('cgr.dev/') ||
    name.includes('chainguard');
  if (distroless && short.startsWith('python')) {
    return { instruction: exec(['python3', '-c',
      `import urllib.request; urllib.request.urlopen('${url}')`]),
    reason: `distroless images have no shell, curl or wget, but this one has Python${portNote}` };
  }
  if (distroless && short.startsWith('node')) {
    return { instruction: exec(['node', '-e', `require('http').get('${url}', (r) => ` +
      'process.exit(r.statusCode < 400 ? 0 : 1)).on(\'error\', () => process.exit(1))']),
    reason: `distroless images have no shell, curl or wget, but this one has Node${portNote}` };
  }
  if (name === 'scratch' || distroless) {
    return { instruction: undefined,
      reason: `no HEALTHCHECK can work as the image stands: \`${name}\` has no shell, curl or ` +
        'wget, so a HEALTHCHECK must run a binary the ' +
        'image ships: give your app a health subcommand (`HEALTHCHECK CMD ["/app", ' +
        '"healthcheck"]`) or copy in a static probe' };
  }
  if (installs(model, lineage, 'curl')) {
    return { instruction: exec(['curl', '-fsS', url]),
      reason: `the Dockerfile installs curl${portNote}` };
  }
  if (installs(model, lineage, 'wget')) {
    return { instruction: exec(['wget', '-q', '--spider', url]),
      reason: `the Dockerfile installs wget${portNote}` };
  }
  if (short === 'python' || short.startsWith('python')) {
    return { instruction: exec(['python', '-c',
      `import urllib.request; urllib.request.urlopen('${url}')`]),
    reason: `python images have no curl in their slim and alpine variants; Python's standard ` +
      `library can probe${portNote}` };
  }
  if (short === 'node') {
    return { instruction: exec(['node', '-e', `require('http').get('${url}', (r) => ` +
      'process.exit(r.statusCode < 400 ? 0 : 1)).on(\'error\', () => process.exit(1))']),
    reason: `node images have no curl in their slim and alpine variants; Node can probe` +
      portNote };
  }
  if (short === 'alpine' || short === 'busybox' || tag.includes('alpine')) {
    return { instruction: exec(['wget', '-q', '--spider', url]),
      reason: `alpine and busybox images have BusyBox wget but no curl${portNote}` };
  }
  return { instruction: undefined,
    reason: `\`${name}\` may have neither curl nor wget: install one (and pin it), or probe ` +
      'with a tool the image has, then add e.g. ' +
      `\`HEALTHCHECK CMD ["curl", "-fsS", "${url}"]\`${portNote}` };
}
