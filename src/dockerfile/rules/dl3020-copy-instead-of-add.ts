/**
 * Analyse stage, Dockerfile engine: DL3020 (hadolint) checks that ADD is used only for what COPY
 * cannot do: fetching an `http(s)://` URL or unpacking a local tar archive. Every other ADD
 * should be a COPY.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

/** The suffixes hadolint treats as archives ADD unpacks (a `.zip` is not unpacked). */
const ARCHIVE_SUFFIXES = [
  '.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz',
  '.tpz', '.txz', '.xz',
];

function isUrl(source: string): boolean {
  return source.startsWith('https://') || source.startsWith('http://');
}

function isArchive(source: string): boolean {
  return ARCHIVE_SUFFIXES.some((suffix) => source.endsWith(suffix));
}

export const text: RuleText = {
  title: 'Use COPY instead of ADD for files and folders',
  description: 'ADD should only fetch a URL or unpack a local tar archive; for plain files and ' +
    'folders, COPY does the same with no surprises.',
  rationale: 'ADD silently unpacks anything that looks like an archive and can download from ' +
    'the network, so a reader cannot tell from the line alone what lands in the image. COPY ' +
    'only copies, which keeps the build predictable and the intent obvious.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3020',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nADD requirements.txt /app/\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt /app/\n',
  },
};

export const rule: Rule = {
  id: 'DL3020',
  source: 'hadolint',
  severity: 'error',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ADD') continue;
      const sources = instruction.args.slice(0, -1);
      const plain = sources.filter((source) => !isUrl(source) && !isArchive(source));
      if (plain.length === 0) continue;
      const list = plain.map((source) => `\`${source}\``).join(', ');
      hits.push({
        line: instruction.line,
        endLine: instruction.endLine,
        message: `ADD of ${list}, which is neither a URL nor a tar archive: use COPY instead`,
      });
    }
    return hits;
  },
};
