/**
 * Analyse stage, Dockerfile engine, shared by rules: BuildKit's automatic platform args (its
 * `defaultArgs`). They are declared before the first FROM without any ARG, so a FROM line can
 * use them; like any global arg, a stage sees them only after redeclaring them with `ARG`.
 */
export const PLATFORM_ARGS: readonly string[] = ['BUILDPLATFORM', 'BUILDOS', 'BUILDOSVERSION',
  'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETOSVERSION', 'TARGETARCH',
  'TARGETVARIANT', 'TARGETSTAGE'];
