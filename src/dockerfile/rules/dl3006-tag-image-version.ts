/**
 * Analyse stage, Dockerfile engine: DL3006 reports a FROM image without a tag. As in hadolint, it
 * leaves alone `scratch`, an earlier stage's name, an image pinned by digest, and an image written
 * with a variable (`${BASE}`, `python:${VERSION}`), whose tag is decided at build time.
 */
import type { Rule, RuleText } from '../rule.ts';

export const text: RuleText = {
  title: 'Always tag the version of an image explicitly',
  description: 'A FROM names an image without a tag (or digest), so the builder takes whatever ' +
    '`latest` points to.',
  rationale: 'An untagged image silently means `latest`, which moves whenever the publisher ' +
    'pushes: the same Dockerfile builds on a different base next month, with other library ' +
    'versions and other bugs. A tag (or, stricter, a digest) makes the base part of what you ' +
    'review and rebuild on purpose.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3006',
  examples: {
    bad: 'FROM python\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
    good: 'FROM python:3.13-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'DL3006',
  source: 'hadolint',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    // Stage names are case-insensitive for the builder, and only earlier ones can be a base.
    const earlier = new Set<string>();
    return model.stages.flatMap((stage) => {
      const { image, ref } = stage;
      const skip = image === '' || image.includes('$') || ref.name === 'scratch' ||
        ref.tag !== undefined || ref.digest !== undefined || earlier.has(image.toLowerCase());
      if (stage.name !== undefined) earlier.add(stage.name.toLowerCase());
      if (skip) return [];
      return [{
        line: stage.line,
        endLine: stage.line,
        message: `image \`${image}\` has no tag, so it means \`latest\`: pin a version, e.g. ` +
          `\`${image}:<version>\``,
      }];
    });
  },
};
