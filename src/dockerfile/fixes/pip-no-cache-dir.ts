/**
 * Analyse stage, Dockerfile engine, fix for DL3042: adds `--no-cache-dir` after `install` to
 * every `pip install` (`pip3`, `python -m pip`, a path to pip) in the RUN that lacks it. Not to
 * `pipx`, `pipenv` or `uv pip`, whose options differ.
 */
import { addFlagFix, commandPattern } from './insert-flag.ts';

const PIP = commandPattern(String.raw`(?<!uv\s+)(?:[\w./-]*/)?` +
  String.raw`(?:pip[\d.]*|python[\d.]*\s+-m\s+pip)\s+install`);

export const pipNoCacheDir = addFlagFix('DL3042', 'adds `--no-cache-dir` to `pip install`', PIP,
  '--no-cache-dir');
