/**
 * Analyse stage, Dockerfile engine: BuildKit's InvalidDefinitionDescription check, experimental
 * there and so here: it runs only when the Dockerfile enables it with
 * `# check=experimental=InvalidDefinitionDescription` (or `experimental=all`). A comment right
 * above a named `FROM … AS name` or an `ARG` is its description for `docker build --call=outline`
 * and must start with the stage or argument name; an empty `#` line or a blank line in between
 * says the comment is not one.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';

const ID = 'InvalidDefinitionDescription';

/** Whether a `# check=` directive enables this experimental check. */
function enabled(directives: ReadonlyArray<{ name: string; value: string }>): boolean {
  return directives.some((d) => d.name === 'check' && d.value.split(';').some((part) => {
    const [key = '', value = ''] = part.split('=');
    return key.trim() === 'experimental' &&
      value.split(',').some((name) => ['all', ID].includes(name.trim()));
  }));
}

/** The names an instruction defines: a stage name, or the ARG keys. */
function definedNames(instruction: Instruction, argKeys: ReadonlyMap<number, string[]>):
  string[] {
  if (instruction.keyword === 'ARG') return argKeys.get(instruction.line) ?? [];
  const [, as = '', name] = instruction.args;
  return as.toUpperCase() === 'AS' && name !== undefined ? [name.toLowerCase()] : [];
}

export const text: RuleText = {
  title: 'Describe stages and ARGs by name',
  description: 'A comment directly above `FROM … AS name` or `ARG name` should start with that ' +
    'name (`# name description`). Experimental: on only with ' +
    '`# check=experimental=InvalidDefinitionDescription`.',
  rationale: '`docker build --call=outline` and `--call=targets` show such comments as the ' +
    'descriptions of build targets and arguments; a comment that does not start with the name ' +
    'is shown for the wrong thing or not at all. A comment that is not meant as a description ' +
    'gets an empty line between it and the instruction.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/invalid-definition-description/',
  examples: {
    bad: '# check=experimental=InvalidDefinitionDescription\n# a non-descriptive comment\n' +
      'FROM scratch AS base\n\n# another non-descriptive comment\nARG VERSION=1\n',
    good: '# check=experimental=InvalidDefinitionDescription\n# base is a stage for compiling ' +
      'source\nFROM scratch AS base\n\n# another non-descriptive comment\n\nARG VERSION=1\n',
  },
};

export const rule: Rule = {
  id: ID,
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    if (!enabled(model.directives)) return [];
    const comments = new Map(model.comments.map((c) => [c.line, c.text]));
    const argKeys = new Map<number, string[]>();
    for (const v of model.variables) {
      if (v.kind === 'ARG') argKeys.set(v.line, [...argKeys.get(v.line) ?? [], v.name]);
    }
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'FROM' && instruction.keyword !== 'ARG') continue;
      const names = definedNames(instruction, argKeys);
      const comment = comments.get(instruction.line - 1);
      if (names.length === 0 || comment === undefined || comment === '') continue;
      if (names.includes(comment.split(' ')[0] ?? '')) continue;
      const example = names.length > 1 ? '<arg_key>' : names[0] ?? '';
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `Comment for ${instruction.keyword} should follow the format: ` +
          `\`# ${example} <description>\`; if it is not a description, put an empty line ` +
          'between it and the instruction.',
      });
    }
    return hits;
  },
};
