/**
 * Shared (data files, YAML): the project's one YAML reader (STYLE rule 13) for the syllabus, the
 * base-image dataset, `example.yaml` and the front matter of pages and write-ups. Browser-safe
 * (js-yaml only).
 *
 * Anchors and aliases (`&x` … `*x`) are refused: none of our files needs them, and they are how
 * a hostile file makes a small text expand without bound ("billion laughs") or refer to itself,
 * which crashes whatever later walks or serializes the value. Nesting is bounded by js-yaml's
 * `maxDepth`. A problem is a `YamlProblem` with the 1-based line, for `file:line` messages.
 */
import {
  CORE_SCHEMA, DEFAULT_SCHEMA, load, YAMLException, type LoadOptions, type Schema,
} from 'js-yaml';

/** Mappings and lists nested in one another. */
export const MAX_YAML_DEPTH = 32;

export class YamlProblem extends Error {
  override name = 'YamlProblem';
  /** 1-based line of the problem. */
  readonly line: number;
  /** What was found and expected, without the line. */
  readonly reason: string;
  /** Valid YAML that is refused (anchors, aliases, depth), rather than YAML that does not parse. */
  readonly refused: boolean;

  constructor(line: number, reason: string, refused = false) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
    this.refused = refused;
  }
}

export interface ReadYamlOptions {
  /** `core` (plain data, the default) or `default` (adds timestamps, as front matter has). */
  schema?: 'core' | 'default';
}

/** The line (1-based) of the first `&name` in `text` after `from`, or `from`'s line. */
function anchorLine(text: string, name: string, from: number): number {
  const at = text.lastIndexOf(`&${name}`, from);
  const index = at === -1 ? from : at;
  return text.slice(0, index).split('\n').length;
}

/** Parses `text`; throws a `YamlProblem` for invalid YAML, anchors and aliases, deep nesting. */
export function readYaml(text: string, options: ReadYamlOptions = {}): unknown {
  const schema: Schema = options.schema === 'default' ? DEFAULT_SCHEMA : CORE_SCHEMA;
  // `maxDepth` is js-yaml 4.3's; its types do not list it yet.
  const loadOptions: LoadOptions & { maxDepth: number } = {
    schema,
    maxDepth: MAX_YAML_DEPTH,
    // Called as each node closes; a node with an anchor is refused before any alias uses it.
    listener(event, state) {
      const anchor = (state as { anchor?: string | null }).anchor;
      if (event !== 'close' || anchor === null || anchor === undefined) return;
      throw new YamlProblem(anchorLine(text, anchor, state.position),
        `found the anchor \`&${anchor}\`; anchors and aliases (\`*${anchor}\`) are not ` +
        'accepted, expected each value written out where it is used', true);
    },
  };
  try {
    return load(text, loadOptions);
  } catch (error) {
    if (error instanceof YamlProblem) throw error;
    if (error instanceof YAMLException) {
      if (/unidentified alias/.test(error.reason)) {
        throw new YamlProblem(error.mark.line + 1, `found an alias (${error.reason}); ` +
          'aliases are not accepted, expected the value written out', true);
      }
      throw new YamlProblem(error.mark.line + 1, error.reason, /maxDepth/.test(error.reason));
    }
    throw error;
  }
}
