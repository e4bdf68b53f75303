/**
 * Analyse stage, Dockerfile engine: BuildKit's WorkdirRelativePath check. Reports the first
 * WORKDIR of a stage when its path (after variable substitution) is relative. Only the first one
 * counts, as in BuildKit: once a stage (or a stage it builds on) has set a WORKDIR, later relative
 * ones are relative to a directory this Dockerfile chose.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { stageLineage } from '../rules-shared/stage-lineage.ts';
import { scopeReader, substituteVariables } from '../scope.ts';

/** Windows drive paths count too: the platform is not known here, and BuildKit accepts them. */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path);
}

function fixed(path: string): string {
  return `/${path.replace(/^(\.\/)+/, '')}`;
}

export const text: RuleText = {
  title: 'Use an absolute WORKDIR',
  description: 'The first `WORKDIR` of a stage should be an absolute path (`WORKDIR /app`); a ' +
    'relative one is resolved against whatever directory the base image left behind.',
  rationale: 'A relative `WORKDIR app` lands in `/app` today only because the base image ' +
    'happens to use `/`; if a new tag of the image changes its working directory, every path ' +
    'in the build moves with it. An absolute path pins the layout to this Dockerfile.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/workdir-relative-path/',
  examples: {
    bad: 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html\nCOPY public/ .\n',
    good: 'FROM nginx:1.27\nWORKDIR /usr/share/nginx/html\nCOPY public/ .\n',
  },
};

export const rule: Rule = {
  id: 'WorkdirRelativePath',
  source: 'buildkit',
  severity: 'warning',
  sameAs: ['DL3000'],
  scope: 'file',
  check({ model }) {
    const hits: RuleHit[] = [];
    const decided = new Set<number>();
    const withWorkdir = new Set(model.instructions.filter((i) => i.keyword === 'WORKDIR')
      .map((i) => i.stage));
    const scopeOf = scopeReader(model);
    const first = (instruction: Instruction): boolean => {
      if (decided.has(instruction.stage)) return false;
      decided.add(instruction.stage);
      // The stages it is built `FROM` (the lineage without the stage itself).
      const inherited = stageLineage(model, model.stages[instruction.stage]).slice(1)
        .map((stage) => stage.index);
      return !inherited.some((stage) => withWorkdir.has(stage));
    };
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'WORKDIR' || !first(instruction)) continue;
      const written = instruction.args[0] ?? '';
      const path = substituteVariables(written, scopeOf(instruction));
      // A variable we cannot resolve (set by the base image, say) may well be absolute.
      if (path === '' || path.startsWith('$') || isAbsolute(path)) continue;
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `Relative workdir "${written}" can have unexpected results if the base image ` +
          `changes: write \`WORKDIR ${fixed(path)}\` (or the absolute path you mean).`,
      });
    }
    return hits;
  },
};
