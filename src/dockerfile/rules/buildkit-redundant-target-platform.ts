/**
 * Analyse stage, Dockerfile engine: BuildKit's RedundantTargetPlatform check. Reports
 * `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`, or a default form whose value is
 * it): every stage is built for the target platform unless told otherwise.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

/** Only TARGETPLATFORM, whose value is the result (BuildKit: one match, nothing unmatched). */
const TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM(?::?-[^{}$]*)?\})$/;

export const text: RuleText = {
  title: 'No --platform=$TARGETPLATFORM',
  description: '`FROM --platform=$TARGETPLATFORM` sets the platform a stage is built for ' +
    'anyway, so the flag can go.',
  rationale: 'Stages are built for the target platform by default; the flag adds noise and ' +
    'suggests a choice was made where none was. `--platform=$BUILDPLATFORM` is the useful ' +
    'form, for stages that cross-compile on the build machine.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/redundant-target-platform/',
  examples: {
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN apk add --no-cache curl\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
  },
};

export const rule: Rule = {
  id: 'RedundantTargetPlatform',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages
      .filter((stage) => stage.platform !== undefined && TARGET_PLATFORM.test(stage.platform))
      .map((stage) => ({
        ...fromLines(stage),
        message: `Setting platform to predefined ${stage.platform ?? ''} in FROM is redundant ` +
          'as this is the default behavior: remove the `--platform` flag.',
      }));
  },
};
