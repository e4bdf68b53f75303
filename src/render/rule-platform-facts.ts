/**
 * Render stage: for a rule page whose examples need a target platform and image facts
 * (InvalidBaseImagePlatform), the command line that gives the platform and the published
 * platforms the examples are checked against, as text lines (one image a line), for its page.
 * Undefined when the examples name neither.
 */
import type { RuleConfig } from '../dockerfile/rule.ts';

export interface PlatformFacts {
  /** `shipshape lint --platform linux/s390x Dockerfile`, or undefined without a platform. */
  command: string | undefined;
  /** `python:3.13-slim: linux/amd64, linux/arm64/v8`, one image a line. */
  published: string;
}

export function rulePlatformFacts(config: RuleConfig): PlatformFacts | undefined {
  const images = Object.entries(config.imagePlatforms ?? {});
  if (config.platform === undefined && images.length === 0) return undefined;
  return {
    command: config.platform === undefined ? undefined
      : `shipshape lint --platform ${config.platform} Dockerfile`,
    published: images.map(([image, platforms]) => `${image}: ${platforms.join(', ')}`)
      .join('\n'),
  };
}
