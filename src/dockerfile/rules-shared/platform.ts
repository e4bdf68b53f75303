/**
 * Analyse stage, Dockerfile engine, shared by rules and the CLI: a platform (`linux/arm64`) read
 * and written as BuildKit does, with containerd's `platforms.Normalize`: architecture aliases
 * (`x86_64` is `amd64`, `aarch64` is `arm64`, `armhf` is `arm/v7`), the default variants dropped
 * (`arm64/v8`, `amd64/v1`) and 32-bit arm's added (`arm` is `arm/v7`). BuildKit's
 * InvalidBaseImagePlatform compares operating system and architecture only, never the variant.
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
      return ['arm64', variant === '8' || variant === 'v8' || variant === 'v8.0' ? '' : variant];
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
