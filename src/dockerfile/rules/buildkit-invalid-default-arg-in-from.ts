/**
 * Analyse stage, Dockerfile engine: BuildKit's InvalidDefaultArgInFrom check. Reports a FROM
 * whose image, with the global ARGs at their defaults and no build arguments given, is empty or
 * not a valid image reference (`ARG VERSION` then `FROM busybox:$VERSION` gives `busybox:`).
 */
import type { Rule, RuleText } from '../rule.ts';
import { defaultArgValues, expandWithDefaults } from '../rules-shared/build-time-expand.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { isValidImageReference } from '../rules-shared/image-reference.ts';

export const text: RuleText = {
  title: 'Give FROM ARGs a working default',
  description: 'A global `ARG` used in `FROM` should have a default that makes a valid image ' +
    'name, so the Dockerfile builds without `--build-arg`.',
  rationale: 'Without a default, `FROM busybox:$VERSION` becomes `busybox:` and the build fails ' +
    'unless every caller remembers the right `--build-arg`. A default documents a known-good ' +
    'value and keeps plain `docker build .` working.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/',
  examples: {
    bad: 'ARG PYTHON_VERSION\nFROM python:${PYTHON_VERSION}-slim\nWORKDIR /app\n',
    good: 'ARG PYTHON_VERSION=3.13\nFROM python:${PYTHON_VERSION}-slim\nWORKDIR /app\n',
  },
};

export const rule: Rule = {
  id: 'InvalidDefaultArgInFrom',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const values = defaultArgValues(model.globalArgs);
    return model.stages.flatMap((stage) => {
      if (!stage.image.includes('$')) return [];
      const expanded = expandWithDefaults(stage.image, values);
      if (expanded === undefined || isValidImageReference(expanded)) return [];
      return [{
        ...fromLines(stage),
        message: `Default value for ARG ${stage.image} results in empty or invalid base image ` +
          `name${expanded === '' ? '' : ` (\`${expanded}\`)`}: give the ARG a default that names ` +
          'an image.',
      }];
    });
  },
};
