/**
 * Analyse stage, Dockerfile engine: DL3026 (hadolint) reports an image from a registry outside
 * the configured `trustedRegistries` (FROM, `COPY --from=<image>`, `RUN --mount=…,from=<image>`).
 * Without that setting it is silent. Docker Hub images (no registry) count as `docker.io`;
 * `*.example.com` and `example.*` are globs; `scratch` and earlier stages are always fine.
 */
import type { Flag } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { unquote } from '../rules-shared/unquote.ts';

function matches(allowed: string, registry: string): boolean {
  if (allowed === '*') return true;
  if (allowed.startsWith('*')) return registry.endsWith(allowed.slice(1));
  if (allowed.endsWith('*')) return registry.startsWith(allowed.slice(0, -1));
  return registry === allowed;
}

/** The registry of an image: its first path part when that has a dot or colon, or is localhost. */
function registryOf(image: string): string | undefined {
  const slash = image.indexOf('/');
  if (slash < 0) return undefined;
  const first = image.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' ? first : undefined;
}

function mountSources(flags: readonly Flag[]): string[] {
  return flags.filter((flag) => flag.name === 'mount' && flag.value !== undefined)
    .flatMap((flag) => {
      const options = new Map(unquote(flag.value ?? '').split(',').map((part): [string, string] => {
        const eq = part.indexOf('=');
        return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
      }));
      const type = options.get('type') ?? 'bind';
      return (type === 'bind' || type === 'cache') ? [options.get('from') ?? 'scratch'] : [];
    });
}

export const text: RuleText = {
  title: 'Use only an allowed registry in the FROM image',
  description: 'An image comes from a registry that the configuration\'s `trustedRegistries` ' +
    'does not list. Silent when no trusted registries are configured.',
  rationale: 'Teams that mirror or vet their base images list the registries they trust; an ' +
    'image pulled from anywhere else bypasses that review and can change or disappear without ' +
    'notice.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3026',
  examples: {
    bad: 'FROM quay.io/prometheus/busybox:1.36\n',
    good: 'FROM busybox:1.36\n',
    config: { trustedRegistries: ['docker.io'] },
  },
};

export const rule: Rule = {
  id: 'DL3026',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    const allowed = config?.trustedRegistries ?? [];
    if (allowed.length === 0) return [];
    const stages = new Set<string>();
    const trusted = (image: string): boolean => {
      const clean = unquote(image);
      if (stages.has(clean) || clean === 'scratch') return true;
      const registry = registryOf(clean);
      if (registry !== undefined) return allowed.some((a) => matches(a, registry));
      return allowed.some((a) => matches(a, 'docker.io') || matches(a, 'hub.docker.com'));
    };
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      let images: string[] = [];
      if (instruction.keyword === 'FROM') {
        const stage = model.stages[instruction.stage];
        if (stage) images = [stage.image];
        const ok = images.every(trusted);
        if (stage?.name !== undefined) stages.add(stage.name);
        if (!ok) hits.push({ line: instruction.line, endLine: instruction.endLine,
          message: `image \`${stage?.image}\` is not from a trusted registry ` +
            `(${allowed.join(', ')})` });
        continue;
      }
      const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
      if (instruction.keyword === 'COPY' && from !== undefined) images = [from];
      if (instruction.keyword === 'RUN') images = mountSources(instruction.flags);
      const untrusted = images.find((image) => !trusted(image));
      if (untrusted !== undefined) hits.push({ line: instruction.line, endLine: instruction.endLine,
        message: `image \`${untrusted}\` is not from a trusted registry (${allowed.join(', ')})` });
    }
    return hits;
  },
};
