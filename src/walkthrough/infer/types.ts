/**
 * Analyse stage, walkthroughs: what inferring a walkthrough from a write-up takes in and gives
 * back. The inference never reads Markdown itself: its caller (a remark plugin) cuts the document
 * into sections, so that this part stays pure and testable on plain data.
 */

/** A fenced code block of a write-up, as the caller found it. */
export interface CodeBlockInput {
  /** Stable within the document, so that a report can point back at the block. */
  id: string;
  /** The fence's language word as written (`dockerfile`, `Dockerfile`, `bash`, or ''). */
  lang: string;
  source: string;
  /** File line of the block's first code line (the line after the opening fence). */
  line: number;
}

/**
 * One section of a write-up: a heading and every node after it up to the next heading of ANY
 * level. A subsection is therefore a section of its own, not part of its parent; nodes before the
 * first heading belong to no section. Sections are given in document order.
 */
export interface SectionInput {
  /** The heading's anchor. */
  id: string;
  /** The heading as plain text (inline code and emphasis flattened). */
  title: string;
  /** Heading level, 1–6. */
  depth: number;
  /** File line of the heading. */
  line: number;
  /** Code blocks anywhere inside the section (lists and quotes included), in document order. */
  blocks: CodeBlockInput[];
  /** Inline code spans in the section's prose, e.g. `['python:alpine', 'python:slim']`. */
  inlineCode: string[];
}

export interface InferredStep {
  sectionId: string;
  title: string;
  /** 1-based lines of the whole file this step explains, sorted. */
  lines: number[];
  /**
   * How the lines were found. `'variable'` is reserved for a step made of variable declarations
   * alone; declarations that join a snippet or mention step keep that step's `via` and are listed
   * in `declarations` instead.
   */
  via: 'snippet' | 'variable' | 'mention';
  /**
   * Lines (also in `lines`) that joined because they declare an ARG or ENV the step's other lines
   * use and no step explained them; absent when none did.
   */
  declarations?: number[];
}

/** A snippet with instructions that match nothing in the whole file: reported once. */
export interface UnmatchedSnippet {
  blockId: string;
  /** File line of its first instruction that matches nothing. */
  line: number;
  /** Each instruction that matches nothing: its file line and first line of text. */
  instructions: Array<{ line: number; text: string }>;
}

export interface InferredWalkthrough {
  /** The block that holds the whole Dockerfile. */
  whole: CodeBlockInput;
  /** In document order of their sections. */
  steps: InferredStep[];
  unmatched: UnmatchedSnippet[];
  /** Non-blank, non-comment lines of the whole file no step covers. */
  uncovered: number[];
}
