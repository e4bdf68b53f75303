/**
 * Analyse stage, Dockerfile engine: BuildKit's FromPlatformFlagConstDisallowed check. Reports
 * `FROM --platform=linux/amd64` with a constant platform, unless the stage name mentions its OS
 * or architecture (`AS build_amd64`: a stage meant for that platform). The platform is read as
 * containerd's `platforms.Parse` does (`os[/arch[/variant]]`, or a lone OS or architecture);
 * one it cannot read is left alone, as the build fails on it anyway.
 */
import type { Rule, RuleText } from '../rule.ts';
import { fromLines } from '../rules-shared/from-lines.ts';

const OSES = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos',
  'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows',
  'zos']);
const ARCHES = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64',
  'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le',
  'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);
/** containerd's `normalizeArch` names. */
const ARCH_ALIASES: Record<string, string> = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64',
  aarch64: 'arm64', armhf: 'arm', armel: 'arm' };
const COMPONENT = /^[A-Za-z0-9_.-]+$/;

/** OS and architecture of a platform string; the builder's own (linux/amd64) fills a gap. */
export function parsePlatform(text: string): { os: string; arch: string } | undefined {
  const parts = text.split('/');
  if (parts.length > 3 || parts.some((p) => !COMPONENT.test(p))) return undefined;
  const lower = parts.map((p) => p.toLowerCase());
  const arch = (name: string) => ARCH_ALIASES[name] ?? name;
  if (lower.length === 1) {
    const only = lower[0] ?? '';
    if (OSES.has(only)) return { os: only, arch: 'amd64' };
    if (ARCHES.has(arch(only))) return { os: 'linux', arch: arch(only) };
    return undefined;
  }
  const [os = '', rawArch = ''] = lower;
  return OSES.has(os) && ARCHES.has(arch(rawArch)) ? { os, arch: arch(rawArch) } : undefined;
}

export const text: RuleText = {
  title: 'No constant FROM --platform',
  description: '`FROM --platform` should use a build argument such as `$BUILDPLATFORM`, not a ' +
    'fixed value like `linux/amd64`.',
  rationale: 'A fixed platform pins the stage to one architecture whatever `--platform` the ' +
    'build asks for, so a multi-platform build silently produces amd64 binaries for arm64 ' +
    '(or emulates the whole stage). If the stage really is for one platform, say so in its ' +
    'name (`AS build_amd64`).',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/' +
    'from-platform-flag-const-disallowed/',
  examples: {
    bad: 'FROM --platform=linux/amd64 golang:1.23 AS build\nWORKDIR /src\nCOPY . .\n' +
      'RUN go build -o /app .\n',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nARG TARGETOS TARGETARCH\n' +
      'WORKDIR /src\nCOPY . .\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n',
  },
};

export const rule: Rule = {
  id: 'FromPlatformFlagConstDisallowed',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return model.stages.flatMap((stage) => {
      const platform = stage.platform;
      if (platform === undefined || platform.includes('$')) return [];
      const parsed = parsePlatform(platform);
      const name = stage.name?.toLowerCase() ?? '';
      if (!parsed || (name !== '' && (name.includes(parsed.os) || name.includes(parsed.arch)))) {
        return [];
      }
      return [{
        ...fromLines(stage),
        message: `FROM --platform flag should not use constant value "${platform}": use ` +
          '`--platform=$BUILDPLATFORM` (or drop the flag), or name the stage after the platform.',
      }];
    });
  },
};
