/**
 * Examples: the "Run it yourself" commands of an example, generated from its Dockerfile and
 * metadata so that they cannot drift apart: `docker build`, `docker run -p PORT:PORT`, `curl`
 * on the health URL with the expected answer, and (when the Dockerfile has a HEALTHCHECK)
 * `docker inspect` for the health status. The port comes from `EXPOSE`, checked against the
 * port the app listens on (`ENV PORT` in the Dockerfile, else the app's default) and the
 * metadata; the health URL from the HEALTHCHECK, checked against the metadata. Every
 * disagreement is reported as a problem with its Dockerfile line. Browser-safe.
 */
import type { DockerfileModel, Instruction, Stage } from '../dockerfile/model.ts';
import type { ExampleMeta } from './example-schema.ts';

export interface RunProblem {
  /**
   * `mismatch`: two sources of the port or health URL disagree (the commands may not work);
   * `note`: something is missing and the commands fall back on another source.
   */
  kind: 'mismatch' | 'note';
  /** Dockerfile line, or undefined when the problem is in the metadata or the app. */
  line: number | undefined;
  message: string;
}

export interface RunCommands {
  image: string;
  /** Container name used by `docker run --name` and the follow-up commands. */
  container: string;
  /** The container port, published on the same host port. */
  port: number;
  /** Path the HEALTHCHECK probes (from the HEALTHCHECK, else the metadata). */
  healthPath: string;
  /** The HEALTHCHECK's own URL, when the Dockerfile has one. */
  healthcheckUrl: string | undefined;
  /** `http://localhost:<port><healthPath>`, from the host. */
  hostHealthUrl: string;
  build: string;
  run: string;
  probe: string;
  /** What `probe` prints (the metadata's sample). */
  expected: string;
  /** `docker inspect …` for the health status, when there is a HEALTHCHECK. */
  inspect: string | undefined;
  stop: string;
  problems: RunProblem[];
}

export interface RunInput {
  slug: string;
  meta: ExampleMeta;
  model: DockerfileModel;
  /** The port the app listens on when `PORT` is not set (see `appDefaultPort`). */
  appDefaultPort: number | undefined;
}

/** `DEFAULT_PORT = 8080` or `os.environ.get("PORT", 8080)` in the app's source. */
export function appDefaultPort(source: string): number | undefined {
  const match = /\bDEFAULT_PORT\s*=\s*(\d+)/.exec(source)
    ?? /environ\.get\(\s*["']PORT["']\s*,\s*["']?(\d+)/.exec(source);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

const LOCAL_URL = /https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0)(?::(\d+))?(\/[^\s'"\\)]*)?/;

/** The URL a HEALTHCHECK asks, with its port and path, when it names one. */
export function healthcheckTarget(
  instruction: Instruction,
): { url: string; port: number; path: string } | undefined {
  const match = LOCAL_URL.exec(instruction.argsText);
  if (match === null) return undefined;
  return { url: match[0], port: Number(match[1] ?? 80), path: match[2] ?? '/' };
}

function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages.at(-1);
}

export function runCommands({ slug, meta, model, appDefaultPort: appPort }: RunInput): RunCommands {
  const problems: RunProblem[] = [];
  const stage = finalStage(model);
  const instructions = stage?.instructions ?? [];
  const exposes = instructions.filter((i) => i.keyword === 'EXPOSE');
  const exposed = exposes.flatMap((i) => i.args.map((arg) => ({ line: i.line, arg })))
    .map(({ line, arg }) => ({ line, port: Number(/^(\d+)(?:\/tcp)?$/.exec(arg)?.[1] ?? NaN) }))
    .filter(({ port }) => Number.isInteger(port));
  const envPort = model.variables.findLast(
    (v) => v.kind === 'ENV' && v.name === 'PORT' && v.stage === stage?.index,
  );
  const listening = envPort?.value !== undefined && /^\d+$/.test(envPort.value)
    ? { port: Number(envPort.value), where: `\`ENV PORT=${envPort.value}\``, line: envPort.line }
    : appPort === undefined
      ? undefined
      : { port: appPort, where: 'the app\'s default port', line: undefined };

  const port = exposed[0]?.port ?? listening?.port ?? meta.port;
  const note = (line: number | undefined, message: string) =>
    problems.push({ kind: 'note', line, message });
  const mismatch = (line: number | undefined, message: string) =>
    problems.push({ kind: 'mismatch', line, message });
  if (exposed.length === 0) {
    note(stage?.line, `no EXPOSE in the final stage; the commands use port ${port} from `
      + `${listening?.where ?? 'example.yaml'}`);
  }
  for (const { line, port: other } of exposed.slice(1)) {
    if (other !== port) {
      mismatch(line, `EXPOSE ${other} is a second port; the commands use ${port}`);
    }
  }
  if (listening !== undefined && listening.port !== port) {
    mismatch(listening.line ?? exposed[0]?.line, `the app listens on ${listening.port} `
      + `(${listening.where}) but EXPOSE says ${port}: make them the same`);
  }
  if (meta.port !== port) {
    mismatch(exposed[0]?.line, `example.yaml says \`port: ${meta.port}\` but the Dockerfile's `
      + `port is ${port}: make them the same`);
  }

  const healthcheck = instructions.findLast((i) => i.keyword === 'HEALTHCHECK');
  const target = healthcheck === undefined ? undefined : healthcheckTarget(healthcheck);
  if (healthcheck !== undefined && target === undefined
    && !/^NONE$/i.test(healthcheck.argsText.trim())) {
    note(healthcheck.line,
      'the HEALTHCHECK names no http://localhost URL, so its target is unknown');
  }
  if (target !== undefined && target.port !== port) {
    mismatch(healthcheck?.line, `the HEALTHCHECK asks port ${target.port} but the app's port is `
      + `${port}`);
  }
  if (target !== undefined && target.path !== meta.healthPath) {
    mismatch(healthcheck?.line, `the HEALTHCHECK asks \`${target.path}\` but example.yaml says `
      + `\`healthPath: ${meta.healthPath}\``);
  }

  const image = meta.image ?? `info-service:${slug}`;
  const container = `info-service-${slug.replace(/^\d+-/, '')}`;
  const healthPath = target?.path ?? meta.healthPath;
  const hostHealthUrl = `http://localhost:${port}${healthPath}`;
  return {
    image,
    container,
    port,
    healthPath,
    healthcheckUrl: target?.url,
    hostHealthUrl,
    build: `docker build -t ${image} .`,
    run: `docker run --rm -d -p ${port}:${port} --name ${container} ${image}`,
    probe: `curl ${hostHealthUrl}`,
    expected: meta.healthResponse,
    inspect: target === undefined
      ? undefined
      : `docker inspect --format '{{.State.Health.Status}}' ${container}`,
    stop: `docker stop ${container}`,
    problems,
  };
}

/** The commands as a Markdown section for the example's README. */
export function formatRunSection(commands: RunCommands): string {
  const lines = [
    '## Run it yourself',
    '',
    'In this folder:',
    '',
    '```sh',
    commands.build,
    commands.run,
    commands.probe,
    '```',
    '',
    `\`curl\` prints (times vary):`,
    '',
    '```json',
    commands.expected,
    '```',
    '',
  ];
  if (commands.inspect !== undefined) {
    lines.push('Docker runs the HEALTHCHECK itself; after a few seconds this prints `healthy`:', '',
      '```sh', commands.inspect, '```', '');
  }
  lines.push('Stop the container (`--rm` then removes it):', '', '```sh', commands.stop, '```');
  return lines.join('\n');
}
