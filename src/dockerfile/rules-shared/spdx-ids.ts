/**
 * Analyse stage, Dockerfile engine, shared by rules: SPDX license identifiers (DL3054). A subset
 * of the SPDX License List (https://spdx.org/licenses/): the licenses most often seen on images
 * and packages. Hadolint checks against the whole list (Cabal's `LicenseId`); an identifier
 * missing here is reported although it is valid — add it.
 */
export const SPDX_IDS: ReadonlySet<string> = new Set([
  '0BSD', 'AFL-3.0', 'AGPL-1.0', 'AGPL-3.0', 'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Apache-1.0',
  'Apache-1.1', 'Apache-2.0', 'APSL-2.0', 'Artistic-1.0', 'Artistic-2.0', 'BlueOak-1.0.0',
  'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Patent', 'BSD-3-Clause', 'BSD-3-Clause-Clear',
  'BSD-4-Clause', 'BSL-1.0', 'BUSL-1.1', 'CC-BY-3.0', 'CC-BY-4.0', 'CC-BY-SA-3.0',
  'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC0-1.0', 'CDDL-1.0',
  'CDDL-1.1', 'CECILL-2.1', 'CPL-1.0', 'ECL-2.0', 'EFL-2.0', 'ELv2', 'EPL-1.0', 'EPL-2.0',
  'EUPL-1.1', 'EUPL-1.2', 'FTL', 'GFDL-1.3', 'GFDL-1.3-only', 'GFDL-1.3-or-later', 'GPL-1.0',
  'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later',
  'HPND', 'ICU', 'IJG', 'ImageMagick', 'IPL-1.0', 'ISC', 'LGPL-2.0', 'LGPL-2.0-only',
  'LGPL-2.0-or-later', 'LGPL-2.1', 'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0',
  'LGPL-3.0-only', 'LGPL-3.0-or-later', 'Libpng', 'MIT', 'MIT-0', 'MPL-1.1', 'MPL-2.0',
  'MPL-2.0-no-copyleft-exception', 'MS-PL', 'MS-RL', 'NCSA', 'ODbL-1.0', 'OFL-1.1',
  'OpenSSL', 'OSL-3.0', 'PHP-3.01', 'PostgreSQL', 'PSF-2.0', 'Python-2.0', 'Ruby', 'SSPL-1.0',
  'Unicode-DFS-2016', 'Unlicense', 'UPL-1.0', 'Vim', 'W3C', 'WTFPL', 'X11', 'Zlib', 'ZPL-2.1',
]);
