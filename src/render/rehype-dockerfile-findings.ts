/**
 * Render stage, rehype plugin: every Dockerfile code block in the guide shows what the
 * Dockerfile engine finds in it, with no authoring — Expressive Code marks the offending lines,
 * and an expandable list below the block (summary badge: "2 warnings", or "No findings") names
 * each finding with its line and a link to the rule's page. Snippets without FROM are linted as
 * fragments. Runs before Expressive Code, which reads the `mark={…}` it adds to the meta.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { frontmatterOf } from '../ingest/shipshape-frontmatter.ts';
import {
  lintDockerfile, summarize, withShellcheckFindings, type LintResult,
} from '../dockerfile/lint.ts';
import type { ShellChecker } from '../dockerfile/shellcheck/run-shellcheck.ts';
import type { Finding } from '../dockerfile/rule.ts';
import { ruleSlug } from '../dockerfile/rule-url.ts';
import { isDockerfileLanguage } from './dockerfile-language.ts';
import { markRanges } from './mark-ranges.ts';
import { isExcerpt } from '../walkthrough/rehype-walkthrough-excerpts.ts';
import { inlineCodeToHast } from '../shared/inline-code.ts';

/** What the page keeps of each Dockerfile block, for rule pages and the practices matrix. */
export interface DockerfileBlock {
  /** Anchor of the block's findings panel on its page. */
  id: string;
  /** Line of the block's first code line in the source file. */
  line: number;
  fragment: boolean;
  source: string;
  findings: Finding[];
}

export interface Options {
  /** The site's base path, for links to rule pages (default `/`). */
  base?: string;
  /**
   * ShellCheck for RUN scripts, one for the build (`createShellChecker`, which says once if it
   * cannot run); unset: no `SCxxxx` findings.
   */
  shellcheck?: ShellChecker;
}

/** A finding's link: the guide's rule page, or ShellCheck's wiki for `SCxxxx`. */
function ruleHref(id: string, finding: Finding, base: string): string {
  return id === finding.rule && /^https:\/\//.test(finding.url) ? finding.url
    : `${base}rules/${ruleSlug(id)}/`;
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
  const ids = [finding.rule, ...finding.aliases];
  const links: ElementContent[] = ids.flatMap((id, index) => [
    ...(index > 0 ? [{ type: 'text' as const, value: ' / ' }] : []),
    h('a', { href: ruleHref(id, finding, base) }, id),
  ]);
  return h('li', { dataSeverity: finding.severity, dataLine: finding.line }, [
    h('span.finding-where', lines),
    ' ',
    h('span.finding-severity', finding.severity),
    ' ',
    h('span.finding-rule', links),
    ' ',
    h('span.finding-message', inlineCodeToHast(finding.message)),
  ]);
}

function findingsPanel(
  id: string,
  findings: readonly Finding[],
  fragment: boolean,
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
    ]),
    findings.length === 0
      ? h('p', 'The Dockerfile engine found nothing to report in this block.')
      : h('ol.findings-list', findings.map((finding) => findingItem(finding, base))),
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
    // Lint every block first, so that ShellCheck runs once for the page's blocks.
    const results: LintResult[] = [];
    visit(tree, 'element', (pre) => {
      const found = dockerfileCode(pre);
      if (found) results.push(lintDockerfile(toString(found.code)));
    });
    if (shellcheck) {
      const linted = results.filter((r) => !r.notDockerfile);
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
      const { findings, fragment, notDockerfile } = result;
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
      blocks.push({ id, line, fragment, source, findings });
      parent.children.splice(index + 1, 0, findingsPanel(id, findings, fragment, base));
      return [SKIP, index + 2];
    });
    const shipshape = (frontmatterOf(file.data)['shipshape'] ??= {}) as Record<string, unknown>;
    shipshape['dockerfiles'] = blocks;
  };
};
