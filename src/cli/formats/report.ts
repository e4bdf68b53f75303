/**
 * Outputs stage, command line formats: what every output format receives — the findings of each
 * linted file, in the order the files were given — and what it returns: the whole text for
 * standard output. A format is responsible for making its text safe for a terminal (or valid in
 * its own syntax): nothing is escaped after it.
 */
import type { Finding } from '../../dockerfile/rule.ts';

export interface FileReport {
  /** The path as given on the command line; `<stdin>` for `-`. */
  file: string;
  findings: readonly Finding[];
}

export interface FormatOptions {
  /** Colour the output (`tty` only): off with `--no-color` or a non-empty `NO_COLOR`. */
  color: boolean;
  /** The time of the run (`junit` names the run after it); default: now. */
  now?: Date;
}

export type Formatter = (reports: readonly FileReport[], options: FormatOptions) => string;
