/**
 * Analyse stage, Dockerfile engine: DL3029 (hadolint) reports `FROM --platform=` with a fixed
 * value; `$BUILDPLATFORM` and `$TARGETPLATFORM` (for cross-compiling stages) are fine.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

export const text: RuleText = {
  title: 'Do not use --platform with FROM',
  description: '`FROM --platform=` fixes the platform of the stage; leave it to the builder ' +
    '(`docker build --platform`) or use `$BUILDPLATFORM`.',
  rationale: 'A fixed platform in the Dockerfile makes the image wrong, or slow under ' +
    'emulation, on every other platform, and overrides what the person building asked for. ' +
    'The build\'s `--platform` option chooses it at build time.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3029',
  examples: {
    bad: 'FROM --platform=linux/amd64 debian:12.5\n',
    good: 'FROM debian:12.5\n',
  },
};

export const rule: Rule = {
  id: 'DL3029',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages
      .filter((stage) => stage.platform !== undefined &&
        !stage.platform.includes('BUILDPLATFORM') && !stage.platform.includes('TARGETPLATFORM'))
      .map((stage) => ({ ...fromLines(stage),
        message: `\`FROM --platform=${stage.platform}\` fixes the platform: leave it to ` +
          '`docker build --platform`' }));
  },
};
