/**
 * Outputs stage, command line: what `shipshape --version` (hadolint's `-v, --version`) prints:
 * shipshape's own version, from `package.json`, and the upstream commits its rules follow, whose
 * test suites are ported in `tests/unit/dockerfile/` (hadolint's `Rule/*Spec.hs`, BuildKit's
 * `dockerfile_check_test.go`). hadolint prints `Haskell Dockerfile Linter 2.12.0` and exits 0;
 * so does this, in one line a CI log can keep.
 */
import packageJson from '../../package.json' with { type: 'json' };

/** hadolint/hadolint: the commit whose rules, settings and tests shipshape follows. */
export const HADOLINT_COMMIT = '8f936c5e975d3663b3cce4ac5b3baa3db26b8516';
/** moby/buildkit: the commit whose build checks and `dockerfile_check_test.go` are followed. */
export const BUILDKIT_COMMIT = '73ed6825c4b7569379ef89df0aedcdbe64473d31';

export function versionLine(): string {
  return `shipshape ${packageJson.version} (rules follow hadolint ${HADOLINT_COMMIT} and ` +
    `BuildKit ${BUILDKIT_COMMIT})`;
}
