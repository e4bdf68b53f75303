/**
 * Where `shipshape lint` looks for a configuration (`src/cli/config-search.ts`): beside the
 * Dockerfile, then hadolint's places in the order of `findConfig` in hadolint's
 * `src/Hadolint/Config/Configfile.hs` (commit 8f936c5), with Haskell's reading of
 * `$XDG_CONFIG_HOME` (used only when absolute).
 */
import { describe, expect, it } from 'vitest';
import { configCandidates } from '../../../src/cli/config-search.ts';

describe('configuration search', () => {
  it("tries beside the file, then hadolint's places in hadolint's order", () => {
    expect(configCandidates('services/web/Dockerfile',
      { cwd: '/work/repo', home: '/home/ada', xdgConfigHome: '/xdg' })).toEqual([
      'services/web/.hadolint.yaml', 'services/web/.hadolint.yml',
      '/work/repo/.hadolint.yaml', '/work/repo/.hadolint.yml',
      '/xdg/hadolint.yaml', '/xdg/hadolint.yml',
      '/home/ada/.hadolint/hadolint.yaml', '/home/ada/.hadolint/hadolint.yml',
      '/home/ada/.hadolint/config.yaml', '/home/ada/.hadolint/config.yml',
      '/home/ada/.hadolint.yaml', '/home/ada/.hadolint.yml',
    ]);
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset, empty or relative', () => {
    for (const xdgConfigHome of [undefined, '', 'relative/dir']) {
      const paths = configCandidates('-', { cwd: '/w', home: '/h', xdgConfigHome });
      expect(paths.slice(0, 4)).toEqual(['/w/.hadolint.yaml', '/w/.hadolint.yml',
        '/h/.config/hadolint.yaml', '/h/.config/hadolint.yml']);
    }
  });

  it('reads standard input with the places alone, and tries a file once', () => {
    expect(configCandidates('-', { cwd: '/w', home: undefined, xdgConfigHome: undefined }))
      .toEqual(['/w/.hadolint.yaml', '/w/.hadolint.yml']);
    // A Dockerfile in the working directory: its folder is the working directory.
    expect(configCandidates('Dockerfile', { cwd: '/w', home: undefined,
      xdgConfigHome: undefined })).toEqual(['.hadolint.yaml', '.hadolint.yml']);
  });
});
