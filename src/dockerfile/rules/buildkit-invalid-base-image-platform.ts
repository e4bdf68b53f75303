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
 * Which platform is pulled follows BuildKit: a single-platform image whatever the target; from a
 * multi-platform one, the target or the first platform containerd falls back to
 * (`pulledPlatform`: `amd64` takes `386`, `arm/v7` takes `arm/v6`, `arm64` takes `arm/v7`…),
 * and the warning is BuildKit's sentence when that platform's OS or architecture differs; with
 * none to fall back to the pull fails, which shipshape reports here too, in its own words.
 * Not modelled: BuildKit's implicit target (no `--platform`), where a stage takes the image's
 * platform if the builder runs it (`autoDetectPlatform`); without `--platform` shipshape is silent.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';
import { imageKey } from '../rules-shared/image-key.ts';
import {
  formatPlatform, pulledPlatform, readPlatform, samePlatform, type Platform,
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
    'repo-info, the distroless README), with the page cited in the dataset, and works out ' +
    'what the pull would take as BuildKit does. An image published for one platform is pulled ' +
    'whatever the target. From one published for several, the pull takes the target, else the ' +
    'first platform containerd falls back to: `linux/amd64` takes `linux/386`; `linux/arm/v7` ' +
    'takes `v6`, then `v5`; `linux/arm64` takes 32-bit `linux/arm/v8` down to `v5`. When that ' +
    'platform\'s OS or architecture is not the target\'s, the finding is BuildKit\'s sentence ' +
    '(`arm/v6` for an `arm/v7` target is the same architecture: no finding, as in BuildKit). ' +
    'With no platform to fall back to, BuildKit stops at the pull before this check runs; ' +
    'shipshape reports it here all the same, naming the platforms. Not followed: without ' +
    '`--platform`, BuildKit lets a stage take an image\'s platform that the builder can run ' +
    '(an `amd64` builder runs `386`); shipshape, told no target, says nothing.',
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
      const want = formatPlatform(expected);
      // A single-platform image is pulled whatever the target; from several, as containerd picks.
      const pulled = published.length === 1 ? published[0] : pulledPlatform(expected, published);
      if (pulled && samePlatform(pulled, expected)) continue;
      hits.push({ ...fromLines(stage), message: pulled
        ? `Base image ${image} was pulled with platform "${formatPlatform(pulled)}", expected ` +
          `"${want}" for current build`
        : `Base image ${image} is published for ${published.map((p) =>
          `"${formatPlatform(p)}"`).join(', ')}, not for "${want}" expected for current build ` +
          'nor for a platform it falls back to: docker build stops with "no match for ' +
          'platform in manifest"' });
    }
    return hits;
  },
};
