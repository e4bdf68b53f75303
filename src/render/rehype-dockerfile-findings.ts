/**
 * Render stage, rehype plugin: every Dockerfile code block in the guide shows what the
 * Dockerfile engine finds in it, with no authoring — Expressive Code marks the offending lines,
 * and an expandable list below the block (summary badge: "2 warnings", or "No findings") names
 * each finding with its line and a link to the rule's page (and the other rule set's finding of
 * the same problem), then what `# hadolint ignore=` or `# check=skip=` comments in the block
 * suppressed, and by which comment. Snippets without FROM are linted as
 * fragments, without ShellCheck. A write-up folder's own Dockerfiles (blocks with `data-file`, see
 * src/bundle/remark-bundle-files.ts) are linted with the folder's `.dockerignore`, known to be
 * there or not (SS003, BuildKit's CopyIgnoredFile). Under the panel, "Open in playground" links
 * to `/playground/` with the block's text in the link (`shared/playground-link.ts`); the base
 * is added by `rehype-base-links.ts`. Runs before Expressive Code, which reads the `mark={…}` it
 * adds to the meta.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from '../shared/visit.ts';
import { frontmatterOf } from '../shared/shipshape-frontmatter.ts';
import {
  lintDockerfile, summarize, withShellcheckFindings, type LintResult,
} from '../dockerfile/lint.ts';
import type { ShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import type { Finding } from '../dockerfile/rule.ts';
import type { SuppressedFinding } from '../dockerfile/suppress/apply.ts';
import { ruleSlug } from '../dockerfile/rule-url.ts';
import { isDockerfileLanguage } from '../shared/code-language.ts';
import { markRanges } from './mark-ranges.ts';
import { isExcerpt } from '../walkthrough/rehype-walkthrough-excerpts.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';
import { dockerignoreBeside, readWriteupBundle } from '../bundle/bundle-data.ts';
import { readIgnorePatterns } from '../dockerfile/rules-shared/dockerignore.ts';
import { MAX_LINKED_DOCKERFILE_BYTES, playgroundHref } from '../shared/playground-link.ts';

/** What the page keeps of each Dockerfile block, for rule pages and the practices matrix. */
export interface DockerfileBlock {
  /** Anchor of the block's findings panel on its page. */
  id: string;
  /** Line of the block's first code line in the source file. */
  line: number;
  /** The file beside a folder write-up the block shows; then `line` is that file's. */
  file?: string | undefined;
  fragment: boolean;
  source: string;
  findings: Finding[];
  /** Findings silenced by a comment in the block, with the comment. */
  suppressed: SuppressedFinding[];
}

export interface Options {
  /** The site's base path, for links to rule pages (default `/`). */
  base?: string;
  /**
   * ShellCheck for RUN scripts, one for the build (`createShellChecker`, which says once if it
   * cannot run); unset: no `SCxxxx` findings.
   */
  shellcheck?: ShellChecker;
  /** Link each block to `/playground/` (the site has one); default: no. */
  playground?: boolean;
}

/** "Open in playground", with the block's text in the link; none for a text too long for one. */
function playgroundLink(source: string): Element[] {
  if (new TextEncoder().encode(source).length > MAX_LINKED_DOCKERFILE_BYTES) return [];
  return [h('p.open-in-playground', [
    h('a', { href: playgroundHref('/', source) }, 'Open in playground'),
  ])];
}

function languageOf(code: Element): string | undefined {
  const classes = code.properties['className'];
  const list = Array.isArray(classes) ? classes.map(String) : [];
  return list.find((c) => c.startsWith('language-'))?.slice('language-'.length);
}

function findingItem(finding: Finding, base: string): Element {
  const lines = finding.line === finding.endLine
    ? `Line ${finding.line}`
    : `Lines ${finding.line}–${finding.endLine}`;
  return h('li', { dataSeverity: finding.severity, dataLine: finding.line }, [
    h('span.finding-where', lines),
    ' ',
    h('span.finding-severity', finding.severity),
    ' ',
    h('span.finding-rule', ruleLink(finding.rule, base, finding.url)),
    ' ',
    h('span.finding-message', inlineCodeToHast(finding.message)),
    ...(finding.related.length > 0 ? [' ', relatedNote(finding.related, base)] : []),
  ]);
}

/** The rule's page in the guide; ShellCheck's SCxxxx (an `https:` url) link to its wiki. */
function ruleLink(id: string, base: string, url?: string): Element {
  if (url !== undefined && /^https:\/\//.test(url)) return h('a', { href: url }, id);
  return h('a', { href: `${base}rules/${ruleSlug(id)}/` }, id);
}

/** "Same problem as JSONArgsRecommended (line 2)": the other rule set's finding, in this list. */
function relatedNote(related: Finding['related'], base: string): Element {
  const parts: ElementContent[] = related.flatMap((r, index) => [
    ...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
    ruleLink(r.rule, base),
    { type: 'text' as const, value: ` (line ${r.line})` },
  ]);
  return h('span.finding-related', ['Same problem as ', ...parts, '.']);
}

/** "DL3008 on line 4, suppressed by `# hadolint ignore=DL3008` (line 3)". */
function suppressedItem(finding: SuppressedFinding, base: string): Element {
  const { suppressedBy: by } = finding;
  const where = by.line === undefined ? '' : ` (line ${by.line})`;
  return h('li', { dataLine: finding.line }, [
    ruleLink(finding.rule, base),
    ` on line ${finding.line}, by `,
    h('code', by.line === undefined ? by.text : `# ${by.text}`),
    where,
    ': ',
    h('span.finding-message', inlineCodeToHast(finding.message)),
  ]);
}

function suppressedList(suppressed: readonly SuppressedFinding[], base: string): Element[] {
  if (suppressed.length === 0) return [];
  return [
    h('p.findings-suppressed-title',
      `Suppressed by comments in this block (not counted above): ${suppressed.length}`),
    h('ul.findings-suppressed', suppressed.map((finding) => suppressedItem(finding, base))),
  ];
}

function findingsPanel(
  id: string,
  { findings, suppressed, fragment }: Pick<LintResult, 'findings' | 'suppressed' | 'fragment'>,
  base: string,
): Element {
  const summary = summarize(findings);
  const worst = findings[0] ? findings.reduce((a, f) => (rank(f) < rank(a) ? f : a)).severity
    : 'clean';
  const label = findings.length === 0 ? 'No findings' : summary;
  return h('details.dockerfile-findings', { id, dataWorst: worst }, [
    h('summary', [
      h('span.findings-badge', { dataWorst: worst }, label),
      ' ',
      h('span.findings-scope', fragment ? 'Dockerfile snippet, linted as a fragment'
        : 'Dockerfile lint'),
      ...(suppressed.length > 0
        ? [' ', h('span.findings-suppressed-count', `(${suppressed.length} suppressed)`)]
        : []),
    ]),
    findings.length === 0
      ? h('p', 'The Dockerfile engine found nothing to report in this block.')
      : h('ol.findings-list', findings.map((finding) => findingItem(finding, base))),
    ...suppressedList(suppressed, base),
  ]);
}

function notDockerfilePanel(language: string): Element {
  return h('p.dockerfile-findings.not-a-dockerfile', [
    h('span.findings-badge', { dataWorst: 'info' }, 'Not a Dockerfile'),
    ` This block is labelled ${language}, but none of its lines is a Dockerfile instruction, `,
    'so it is not linted.',
  ]);
}

function rank(finding: Finding): number {
  return ['error', 'warning', 'info', 'style'].indexOf(finding.severity);
}

export const rehypeDockerfileFindings: Plugin<[Options?], Root> = function (options = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const { shellcheck } = options;
  const link = (source: string) => (options.playground === true ? playgroundLink(source) : []);
  return (tree, file) => {
    const blocks: DockerfileBlock[] = [];
    /** The Dockerfile blocks' code elements, in document order. */
    const dockerfileCode = (pre: Element): { code: Element; language: string } | undefined => {
      if (pre.tagName !== 'pre') return undefined;
      const code = pre.children.find((c): c is Element => c.type === 'element' &&
        c.tagName === 'code');
      const language = code ? languageOf(code) : undefined;
      if (!code || !language || !isDockerfileLanguage(language)) return undefined;
      // A walkthrough step's excerpt repeats lines of the whole file, which is linted itself.
      return isExcerpt(code) ? undefined : { code, language };
    };
    const bundle = readWriteupBundle(file.data);
    /** A folder's own Dockerfile: its folder, and so its `.dockerignore`, is known. */
    const folderOptions = (code: Element) => {
      const path = code.properties['dataFile'];
      if (bundle === undefined || typeof path !== 'string') return {};
      const ignore = dockerignoreBeside(bundle, path);
      return { hasDockerignore: ignore !== undefined,
        dockerignore: ignore === undefined ? [] : readIgnorePatterns(ignore) };
    };
    // Lint every block first, so that ShellCheck runs once for the page's blocks.
    const results: LintResult[] = [];
    visit(tree, 'element', (pre) => {
      const found = dockerfileCode(pre);
      if (found) results.push(lintDockerfile(toString(found.code), folderOptions(found.code)));
    });
    if (shellcheck) {
      // A snippet without FROM belongs to a Dockerfile shown elsewhere: the ARGs and ENVs its
      // RUNs read are declared there, so ShellCheck (which would call them unassigned, or
      // bash's own `$UID`) does not read it.
      const linted = results.filter((r) => !r.notDockerfile &&
        !(r.fragment && r.model.stages.length === 0));
      const extra = shellcheck.checkAll(linted.map((r) => r.model));
      linted.forEach((r, k) => {
        results[results.indexOf(r)] = withShellcheckFindings(r, extra[k] ?? []);
      });
    }
    let next = 0;
    visit(tree, 'element', (pre, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const found = dockerfileCode(pre);
      const result = found ? results[next++] : undefined;
      if (!found || !result) return undefined;
      const { code, language } = found;
      const source = toString(code);
      const { findings, fragment, notDockerfile, suppressed } = result;
      if (notDockerfile) {
        file.message(`code block labelled \`${language}\` holds no Dockerfile instruction; ` +
          'not linted (label it `text`, `sh` or `gitignore` to match what it shows)',
        { place: pre.position, ruleId: 'not-a-dockerfile', source: 'shipshape' });
        parent.children.splice(index + 1, 0, notDockerfilePanel(language));
        return [SKIP, index + 2];
      }
      const marks = markRanges(findings);
      if (marks) {
        // Expressive Code reads the fence's meta string from `data.meta`.
        const meta = (code.data as { meta?: string } | undefined)?.meta ?? '';
        code.data = { ...code.data, meta: `${meta} mark={${marks}}`.trim() } as Element['data'];
      }
      const id = `dockerfile-${blocks.length + 1}`;
      // The fence is on the block's first line; the code starts on the next.
      const line = (pre.position?.start.line ?? 0) + 1;
      const path = code.properties['dataFile'];
      blocks.push({ id, line, ...(typeof path === 'string' ? { file: path } : {}), fragment,
        source, findings, suppressed });
      const extra = [findingsPanel(id, result, base), ...link(source)];
      parent.children.splice(index + 1, 0, ...extra);
      return [SKIP, index + 1 + extra.length];
    });
    const shipshape = (frontmatterOf(file.data)['shipshape'] ??= {}) as Record<string, unknown>;
    shipshape['dockerfiles'] = blocks;
  };
};
