/**
 * Analyse stage, Dockerfile engine: BuildKit's InvalidBaseImagePlatform check, offline. BuildKit
 * (`validateBaseImagePlatform` in `dockerfile2llb/validations.go` at 73ed6825) compares the
 * operating system and architecture of each base image as pulled with the platform the stage is
 * built for: its `FROM --platform`, else the build's target platform. shipshape pulls nothing, so
 * it compares with facts instead: the platforms an image is published for (`imagePlatforms`,
 * from the sourced dataset `content/data/base-images.yaml`, or a test's), and the target platform
 * the caller names (`platform`, the CLI's `--platform`, as docker build's). Without both it is
 * silent: an unknown is never guessed. As `docker build --check` with no target, every stage is
 * checked; `scratch` and stages built on another stage pull nothing and are skipped.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { imageKey } from '../rules-shared/image-key.ts';
import {
  formatPlatform, readPlatform, samePlatform, type Platform,
} from '../rules-shared/platform.ts';

/** `$TARGETPLATFORM`, `${TARGETPLATFORM}`: the build's target, as BuildKit's automatic arg. */
const TARGET_PLATFORM = /^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/;

export const text: RuleText = {
  title: 'Base image built for the target platform',
  description: 'The base image is not published for the platform the stage is built for ' +
    '(`--platform`, or `FROM --platform`). shipshape checks this only when told the target ' +
    'platform, against the platforms its base-image dataset lists for that image.',
  rationale: 'An image for another architecture either stops the build ("no match for ' +
    'platform in manifest") or, pulled anyway, runs only under emulation: slowly, or not at ' +
    'all when the machine has none. BuildKit compares the image it pulled; shipshape, which ' +
    'pulls nothing, compares the platforms the image\'s publisher lists (docker-library\'s ' +
    'repo-info, the distroless README), with the page cited in the dataset. For an image ' +
    'published for one platform the finding is BuildKit\'s sentence; for one published for ' +
    'several, none of them the target, BuildKit stops at the pull before this check can ' +
    'run, and shipshape reports it here all the same, naming the platforms.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM gcr.io/distroless/python3-debian12\nCOPY app.py /app/\n' +
      'CMD ["/app/app.py"]\n',
    good: 'FROM python:3.13-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
    config: {
      platform: 'linux/s390x',
      imagePlatforms: {
        'gcr.io/distroless/python3-debian12': ['linux/amd64', 'linux/arm64'],
        'python:3.13-slim': ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8',
          'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
      },
    },
  },
};

/** The platform a stage is built for: `FROM --platform` when known, else the target. */
function stagePlatform(flag: string | undefined, target: Platform | undefined):
  Platform | undefined {
  if (flag === undefined || TARGET_PLATFORM.test(flag)) return target;
  // `$BUILDPLATFORM` (the build machine's) and other variables: unknown here.
  return flag.includes('$') ? undefined : readPlatform(flag);
}

export const rule: Rule = {
  id: 'InvalidBaseImagePlatform',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model, config }) {
    const facts = config?.imagePlatforms;
    if (facts === undefined) return [];
    const known = new Map(Object.entries(facts).map(([image, platforms]) => [imageKey(image),
      platforms.map(readPlatform).filter((p): p is Platform => p !== undefined)]));
    const target = config?.platform === undefined ? undefined : readPlatform(config.platform);
    const stageNames = new Set<string>();
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      const image = stage.resolvedImage;
      const fromStage = stageNames.has(image.toLowerCase());
      if (stage.name !== undefined) stageNames.add(stage.name.toLowerCase());
      if (fromStage || image.toLowerCase() === 'scratch' || image.includes('$')) continue;
      const expected = stagePlatform(stage.platform, target);
      const published = known.get(imageKey(image));
      if (!expected || !published?.length) continue;
      if (published.some((platform) => samePlatform(platform, expected))) continue;
      const want = formatPlatform(expected);
      const [only] = published;
      hits.push({ ...fromLines(stage), message: published.length === 1 && only
        // BuildKit's own words: a single-platform image is pulled whatever the target.
        ? `Base image ${image} was pulled with platform "${formatPlatform(only)}", expected ` +
          `"${want}" for current build`
        : `Base image ${image} is published for ${published.map((p) =>
          `"${formatPlatform(p)}"`).join(', ')}, not for "${want}" expected for current build: ` +
          'docker build stops with "no match for platform in manifest" or pulls a compatible ' +
          'platform to run under emulation' });
    }
    return hits;
  },
};
