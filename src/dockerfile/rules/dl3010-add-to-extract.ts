/**
 * Analyse stage, Dockerfile engine: DL3010 (hadolint) reports a COPY of an archive that a later
 * RUN of the same stage extracts (`tar -x`, `unzip`, `gunzip`…): ADD extracts a local archive
 * itself, in one layer instead of two.
 */
import type { Instruction, ShellCommand } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { baseName } from '../rules-shared/base-name.ts';
import { commandsOf } from '../rules-shared/run-commands.ts';
import { unquote } from '../rules-shared/unquote.ts';
import { wordsWithoutFlags } from '../rules-shared/shell-options.ts';

const ARCHIVE = ['.tar', '.tar.bz2', '.tb2', '.tbz', '.tbz2', '.tar.gz', '.tgz', '.tpz',
  '.tar.lz', '.tar.lzma', '.tlz', '.tar.xz', '.txz', '.tar.Z', '.tZ', '.tar.zst', '.tzst',
  '.zip', '.gz', '.bz2', '.xz', '.lzma', '.Z', '.zst'];
const UNPACKERS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress',
  'zcat', 'gzcat']);

function fileName(path: string): string {
  const clean = unquote(path);
  return clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
}

const isArchive = (path: string): boolean => ARCHIVE.some((ext) => unquote(path).endsWith(ext));

function extracts(command: ShellCommand): boolean {
  const name = baseName(command.name);
  if (UNPACKERS.has(name)) return true;
  return name === 'tar' && command.args.some((arg) => arg === '--extract' || arg === '--get' ||
    (arg.startsWith('-') && !arg.startsWith('--') && arg.includes('x')));
}

/** The archives a list of COPY words brings in: the target when it names one, else sources. */
function archivesIn(words: readonly string[]): string[] {
  const target = words.at(-1) ?? '';
  if (isArchive(target)) return [fileName(target)];
  return words.slice(0, -1).filter(isArchive).map(fileName);
}

/** Words as written, quotes and backslashes kept: `build\foo\bar.tar.gz` stays a path. */
const RAW_WORD = /"[^"]*"|'[^']*'|\S+/g;

/**
 * The archives a COPY brings in, by file name. Read twice: from the words as the builder reads
 * them (where an unquoted backslash escapes the next character) and from the words as written,
 * as hadolint's parser keeps them, where `build\foo\bar.tar.gz` is a Windows path to
 * `bar.tar.gz` (hadolint's DL3010Spec.hs "copy archive then extract windows paths").
 */
function copiedArchives(copy: Instruction): string[] {
  if (copy.json) return archivesIn(copy.json);
  return [...new Set([...archivesIn(copy.args),
    ...archivesIn(copy.argsText.match(RAW_WORD) ?? [])])];
}

export const text: RuleText = {
  title: 'Use ADD for extracting archives into an image',
  description: 'A local archive is copied in with COPY and extracted by a later RUN; ' +
    '`ADD archive.tar.gz /dir/` extracts it in one step.',
  rationale: 'COPY then `tar -x` stores the archive in one layer and its contents in another, ' +
    'so the image carries both. ADD unpacks a local tar archive while copying, and the ' +
    'archive itself never lands in the image.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3010',
  examples: {
    bad: 'FROM debian:12.5\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n',
    good: 'FROM debian:12.5\nADD app.tar.gz /opt/\n',
  },
};

export const rule: Rule = {
  id: 'DL3010',
  source: 'hadolint',
  severity: 'info',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    let copies: Array<{ instruction: Instruction; archives: string[]; reported: boolean }> = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword === 'FROM') copies = [];
      if (instruction.keyword === 'COPY' && !instruction.flags.some((f) => f.name === 'from')) {
        const archives = copiedArchives(instruction);
        if (archives.length > 0) copies.push({ instruction, archives, reported: false });
      }
      if (instruction.keyword !== 'RUN') continue;
      const extractors = commandsOf(instruction).filter(extracts);
      for (const copy of copies) {
        if (copy.reported) continue;
        const used = extractors.some((command) => wordsWithoutFlags(command.args)
          .some((arg) => copy.archives.includes(fileName(arg))));
        if (!used) continue;
        copy.reported = true;
        hits.push({ line: copy.instruction.line, endLine: copy.instruction.endLine,
          message: `the archive copied here is extracted on line ${instruction.line}: ` +
            '`ADD` extracts a local archive itself, without keeping it in the image' });
      }
    }
    return hits.sort((a, b) => a.line - b.line);
  },
};
