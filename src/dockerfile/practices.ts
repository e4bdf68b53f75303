/**
 * Analyse stage, Dockerfile engine: which container practices a write-up follows, judged on
 * its final Dockerfile (the file its walkthrough explains, else its last complete one; decided
 * in src/practices/final-dockerfile.ts) or, when it shows none, on its snippets — never on a
 * block the text presents as a bad or "before" example. Each verdict names the write-up line it was
 * decided on (the instruction, the finding, or the `.dockerignore` shown), or says why it cannot
 * be told.
 */
import { parseDockerfile } from './parse/parse-dockerfile.ts';
import {
  PRACTICES, type BlockInput, type Judged, type PageEvidence, type ParsedBlock, type PracticeResult,
} from './practice-verdicts.ts';

// The practices and their verdicts are browser-safe and live in practice-verdicts.ts; this file
// adds what needs Node: parsing a write-up's blocks with dockerfile-utils as syntax authority.
export * from './practice-verdicts.ts';

/** The blocks a write-up is judged on: its final Dockerfile, else the snippets that count. */
export function judgedBlocks(blocks: readonly BlockInput[], page: PageEvidence): Judged {
  const roleOf = new Map(page.blocks.map((b) => [b.id, b]));
  const parse = (block: BlockInput): ParsedBlock => ({ ...block,
    file: roleOf.get(block.id)?.file, model: parseDockerfile(block.source) });
  const final = blocks.filter((b) => roleOf.get(b.id)?.role === 'final');
  if (final.length > 0) return { basis: 'final', blocks: final.map(parse) };
  const snippets = blocks.filter((b) => roleOf.get(b.id)?.role === 'evidence');
  return snippets.length > 0
    ? { basis: 'snippets', blocks: snippets.map(parse) }
    : { basis: 'none', blocks: [] };
}

/** Every practice's verdict for one write-up. */
export function evaluatePractices(blocks: readonly BlockInput[],
  page: PageEvidence): Map<string, PracticeResult> {
  const judged = judgedBlocks(blocks, page);
  return new Map(PRACTICES.map((practice) => [practice.id, practice.evaluate(judged, page)]));
}
