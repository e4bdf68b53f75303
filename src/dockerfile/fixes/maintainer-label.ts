/**
 * Analyse stage, Dockerfile engine, fix for DL4000 / MaintainerDeprecated: `MAINTAINER x`
 * becomes `LABEL org.opencontainers.image.authors="x"`, the OCI annotation Docker's
 * documentation names as its replacement. Only for a one-line MAINTAINER whose text has no
 * quote, `$` (LABEL expands variables, MAINTAINER does not) or escape character.
 */
import type { Fix } from './fix.ts';
import { instructionAt, singleLine } from './fix.ts';

export const maintainerLabel: Fix = {
  rules: ['DL4000', 'MaintainerDeprecated'],
  description: 'rewrites `MAINTAINER name` as `LABEL org.opencontainers.image.authors="name"`',
  edits(finding, { model, lines, escape }) {
    const instruction = instructionAt(model, finding.line);
    if (instruction === undefined || instruction.keyword !== 'MAINTAINER') return [];
    const parts = singleLine(instruction, lines);
    if (parts === undefined || parts.args === '') return [];
    if (/["'`$\\]/.test(parts.args) || parts.args.includes(escape)) return [];
    const label = instruction.rawKeyword === instruction.rawKeyword.toLowerCase()
      ? 'label' : 'LABEL';
    const end = parts.argsStart + parts.args.length;
    return [{ line: instruction.line, start: parts.lead.length, end,
      text: `${label} org.opencontainers.image.authors="${parts.args}"` }];
  },
};
