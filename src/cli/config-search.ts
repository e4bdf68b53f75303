/**
 * Outputs stage, command line: where `shipshape lint` looks for a hadolint configuration when
 * `--config` names none. First beside the Dockerfile (ours: a repository with several
 * Dockerfiles can give each its own), then hadolint's places in hadolint's order
 * (`src/Hadolint/Config/Configfile.hs`, `findConfig`, hadolint at 8f936c5): the working
 * directory's `.hadolint.yaml`/`.yml`; `hadolint.yaml`/`.yml` in the XDG configuration folder
 * (`$XDG_CONFIG_HOME` when it is an absolute path, else `~/.config`, as Haskell's
 * `getXdgDirectory` reads it); `~/.hadolint/` with `hadolint.yaml`/`.yml` or
 * `config.yaml`/`.yml`; `~/.hadolint.yaml`/`.yml`. The first file found is used alone. Pure:
 * the caller gives the places and reads the files.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface SearchPlaces {
  /** The working directory. */
  cwd: string;
  /** The home directory (`$HOME`); none: the home places are skipped. */
  home: string | undefined;
  /** `$XDG_CONFIG_HOME`, as set (maybe empty or relative, which Haskell's reader ignores). */
  xdgConfigHome: string | undefined;
}

const HIDDEN = ['.hadolint.yaml', '.hadolint.yml'];
const VISIBLE = ['hadolint.yaml', 'hadolint.yml'];
const MORE = ['config.yaml', 'config.yml'];

/**
 * The configuration files to try for `dockerfile` (`-`: standard input), in order; the one
 * beside the Dockerfile spelt from its path as given, so messages name it as the user does.
 */
export function configCandidates(dockerfile: string, places: SearchPlaces): string[] {
  const { cwd, home, xdgConfigHome } = places;
  const xdg = xdgConfigHome !== undefined && isAbsolute(xdgConfigHome) ? xdgConfigHome
    : home === undefined ? undefined : join(home, '.config');
  const inHome = (names: readonly string[], folder = '') =>
    home === undefined ? [] : names.map((name) => join(home, folder, name));
  const paths = [
    ...(dockerfile === '-' ? [] : HIDDEN.map((name) => join(dirname(dockerfile), name))),
    ...HIDDEN.map((name) => join(cwd, name)),
    ...(xdg === undefined ? [] : VISIBLE.map((name) => join(xdg, name))),
    ...inHome([...VISIBLE, ...MORE], '.hadolint'),
    ...inHome(HIDDEN),
  ];
  // The same file twice (a Dockerfile in the working directory): tried once, first spelling.
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
