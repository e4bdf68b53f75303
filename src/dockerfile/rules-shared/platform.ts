/**
 * Analyse stage, Dockerfile engine, shared by rules and the CLI: a platform (`linux/arm64`) read
 * and written as BuildKit does, with containerd's `platforms.Normalize`: architecture aliases
 * (`x86_64` is `amd64`, `aarch64` is `arm64`, `armhf` is `arm/v7`), the default variants dropped
 * (`arm64/v8`, `amd64/v1`) and 32-bit arm's added (`arm` is `arm/v7`). BuildKit's
 * InvalidBaseImagePlatform compares operating system and architecture only, never the variant.
 * `fallbackPlatforms` is containerd's `platformVector` (`platforms.Only`, vendored by BuildKit at
 * 73ed6825, `vendor/github.com/containerd/platforms/compare.go`): the platforms a pull for a
 * target accepts from a multi-platform image, best first (`amd64` also takes `386`, `arm/v7`
 * also `arm/v6` and `arm/v5`, `arm64` also 32-bit `arm/v8` down to `arm/v5`).
 */

export interface Platform {
  os: string;
  arch: string;
  /** `v7`; empty when the architecture has no variant or its default one. */
  variant: string;
}

const SHAPE = /^([a-z0-9]+)\/([a-z0-9_-]+)(?:\/([a-z0-9.]+))?$/;

/** containerd's `normalizeArch`: the architecture and variant as BuildKit prints them. */
function normalizeArch(arch: string, variant: string): [string, string] {
  switch (arch) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', variant === 'v1' ? '' : variant];
    case 'aarch64':
    case 'arm64':
      if (variant === '8' || variant === 'v8' || variant === 'v8.0') return ['arm64', ''];
      return ['arm64', variant === '9' || variant === '9.0' || variant === 'v9.0' ? 'v9' : variant];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      if (variant === '' || variant === '7') return ['arm', 'v7'];
      return ['arm', /^[568]$/.test(variant) ? `v${variant}` : variant];
    default:
      return [arch, variant];
  }
}

/** `linux/arm64/v8` as a platform; undefined when the text is not `os/arch[/variant]`. */
export function readPlatform(text: string): Platform | undefined {
  const match = SHAPE.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const os = match[1] === 'macos' ? 'darwin' : match[1] ?? '';
  const [arch, variant] = normalizeArch(match[2] ?? '', match[3] ?? '');
  return { os, arch, variant };
}

/** `linux/arm/v7`, `linux/amd64`: containerd's `FormatAll` without an OS version. */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.arch, platform.variant].filter((part) => part !== '').join('/');
}

/** What BuildKit compares: the operating system and the architecture. */
export function samePlatform(a: Platform, b: Platform): boolean {
  return a.os === b.os && a.arch === b.arch;
}

/** containerd's `arm64variantToVersion`: the arm64 versions a variant runs, newest first. */
function arm64Variants(variant: string): string[] | undefined {
  const match = /^v([89])(?:\.(\d))?$/.exec(variant);
  if (!match) return undefined;
  const minor = Number(match[2] ?? 0);
  // v9.x runs v9.x down to v9.0, then v8.(x + 5) down to v8.0 (v8.9 at most).
  const ranges: Array<[number, number]> = match[1] === '9'
    ? [[9, minor], [8, Math.min(minor + 5, 9)]] : [[8, minor]];
  return ranges.flatMap(([major, top]) => Array.from({ length: top + 1 },
    (_, k) => (top - k === 0 ? `v${major}` : `v${major}.${top - k}`)));
}

/** An `os/arch/variant` normalised as `readPlatform` does. */
function normalised(os: string, arch: string, variant: string): Platform {
  const [a, v] = normalizeArch(arch, variant);
  return { os, arch: a, variant: v };
}

/**
 * The platforms a pull for `target` accepts from a multi-platform image, in containerd's order
 * of preference (`platformVector`): the target itself first.
 */
export function fallbackPlatforms(target: Platform): Platform[] {
  const { os, arch, variant } = target;
  const number = Number(variant.replace(/^v/, ''));
  switch (arch) {
    case 'amd64': {
      const lower = Number.isInteger(number) && number > 1
        ? Array.from({ length: number - 1 }, (_, k) => normalised(os, arch, `v${number - 1 - k}`))
        : [];
      return [target, ...lower, normalised(os, '386', '')];
    }
    case 'arm': {
      const lower = Number.isInteger(number) && number > 5
        ? Array.from({ length: number - 5 }, (_, k) => normalised(os, arch, `v${number - 1 - k}`))
        : [];
      return [target, ...lower];
    }
    case 'arm64': {
      const versions = arm64Variants(variant === '' ? 'v8' : variant);
      if (versions === undefined) return [];
      const arm = /^v[89]/.test(variant) || variant === '' ? 'v8' : variant;
      return [...versions.map((v) => normalised(os, arch, v)),
        ...fallbackPlatforms(normalised(os, 'arm', arm))];
    }
    default:
      return [target];
  }
}

/**
 * The platform a pull for `target` takes from a multi-platform image published for
 * `published`: the first of `fallbackPlatforms` it has (containerd's `Ordered` comparer);
 * undefined when it has none, where `docker build` stops: "no match for platform in manifest".
 */
export function pulledPlatform(target: Platform, published: readonly Platform[]):
  Platform | undefined {
  for (const wanted of fallbackPlatforms(target)) {
    const found = published.find((p) => p.os === wanted.os && p.arch === wanted.arch &&
      p.variant === wanted.variant);
    if (found) return found;
  }
  return undefined;
}
