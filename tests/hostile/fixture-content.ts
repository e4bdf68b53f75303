/**
 * The hostile-input fixture sites (issue 11): write-ups that put the vendored XSS vectors
 * (`vectors/`) and hand-written ones into every place a write-up author controls. Two sites:
 *
 * - `body`: raw HTML, Markdown links and images, autolinks, reference definitions, footnotes,
 *   headings and titles, table cells (plain and comparison tables), code-fence meta. These must
 *   build, sanitized, with warnings.
 * - `guarded`: front matter fields, Mermaid and walkthrough directives, where refusing the file
 *   with a one-line `file:line` build error is an acceptable answer too.
 *
 * Crafted payloads signal execution through `alert(…)` or by setting `__pwned`; the browser test
 * hooks both (and `confirm`, `prompt`, `print`) before any page script runs. The corpus payloads
 * are taken as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export interface Vector {
  /** Where it comes from: `dompurify#12`, `owasp#3`, `crafted`. */
  id: string;
  title: string;
  payload: string;
}

/** One page of a fixture site and what it carries. */
export interface HostilePage {
  /** Path under the site root, e.g. `writeups/raw-html-01/`. */
  url: string;
  /** The place the vectors are put in (`raw HTML`, `Markdown link`, …). */
  place: string;
  /** The `<title>` the page should have: the title as text, never markup. */
  title: string;
  /** The vectors on the page, as `id: payload` lines (for failure messages). */
  vectors: string[];
}

export interface FixtureSite {
  /** Files for `buildFixture`, keyed by path under the fixture copy. */
  files: Record<string, string>;
  pages: HostilePage[];
}

interface VectorFile {
  source: string;
  vectors: { title: string; payload: string }[];
}

function readVectors(name: string, prefix: string): Vector[] {
  const data = JSON.parse(readFileSync(join(import.meta.dirname, 'vectors', name), 'utf8')) as
    VectorFile;
  return data.vectors.map((v, index) => ({ id: `${prefix}#${index}`, ...v }));
}

export const DOMPURIFY = readVectors('dompurify.json', 'dompurify');
export const OWASP = readVectors('owasp-xss-filter-evasion.json', 'owasp');
const CORPUS = [...DOMPURIFY, ...OWASP];

const SITE_TITLE = 'shipshape';
const ALERT_IMG = '<img src=x onerror=alert(1)>';
const index = '---\ntitle: Home\n---\n\nThe hostile-input fixture.\n';
const describe = (vectors: readonly Vector[]) =>
  vectors.map((v) => `${v.id}: ${v.payload.replace(/\s+/g, ' ').slice(0, 160)}`);
/** The landing page carries no vector itself, but its sidebar lists every write-up. */
const landing: HostilePage = { url: '', place: 'landing page and sidebar',
  title: `Home | ${SITE_TITLE}`, vectors: ['(the titles and sidebar entries of the others)'] };
const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size));
const pad = (n: number) => String(n + 1).padStart(2, '0');

/** URLs that must never end up live in `href`/`src`, or load from another origin. */
const CRAFTED_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javascript:__pwned=1',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
  'java&#9;script:alert(1)',
  'java&#10;script:alert(1)',
  '&#1;javascript:alert(1)',
  '%20javascript:alert(1)',
  'javascript%3Aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'https://evil.example/leak.png',
  'http://evil.example/leak.png',
  '//evil.example/leak.png',
  '\\\\evil.example/leak.png',
  'https:evil.example/leak.png',
].map((payload, i) => ({ id: `crafted-url#${i}`, title: 'crafted URL', payload }));

/** `href`/`src`-like values from the corpus that run script or point at another origin. */
function corpusUrls(): Vector[] {
  const seen = new Set<string>();
  const out: Vector[] = [];
  const attr = new RegExp('\\b(?:href|src|action|formaction|xlink:href|data|background|lowsrc|' +
    'dynsrc)\\s*=\\s*(?:"([^"]*)"|\'([^\']*)\')', 'gi');
  for (const v of CORPUS) {
    for (const match of v.payload.matchAll(attr)) {
      const url = (match[1] ?? match[2] ?? '').trim();
      if (!/script|^(?:https?:)?\/\/|^data:text/i.test(url) || /[\n<>]/.test(url)) continue;
      if (seen.has(url) || url.length > 300) continue;
      seen.add(url);
      out.push({ id: v.id, title: v.title, payload: url });
    }
  }
  return out;
}
export const URLS = [...CRAFTED_URLS, ...corpusUrls()];

/** A Markdown link destination for `url`: bare when it can be, else in `<…>`. */
const destination = (url: string) => /[\s()]/.test(url) ? `<${url}>` : url;

interface Writeup {
  slug: string;
  place: string;
  heading: string;
  /** The expected title text when the heading is not plain text. */
  title?: string;
  body: string;
  vectors: Vector[];
}

function site(writeups: readonly Writeup[], extra: Record<string, string> = {}): FixtureSite {
  const files: Record<string, string> = { 'content/pages/index.md': index, ...extra };
  const pages: HostilePage[] = [landing];
  for (const w of writeups) {
    files[`content/writeups/${w.slug}.md`] = `# ${w.heading}\n\n${w.body}\n`;
    pages.push({ url: `writeups/${w.slug}/`, place: w.place,
      title: `${w.title ?? w.heading} | ${SITE_TITLE}`, vectors: describe(w.vectors) });
  }
  return { files, pages };
}

/** Raw HTML blocks, ten corpus payloads a page (a payload that never closes hides the rest). */
function rawHtml(): Writeup[] {
  return chunk(CORPUS, 10).map((vectors, i) => ({
    slug: `raw-html-${pad(i)}`, place: 'raw HTML', heading: `Raw HTML ${i + 1}`,
    body: vectors.map((v) => `Vector ${v.id}:\n\n${v.payload}\n`).join('\n'), vectors,
  }));
}

/** Links, images, autolinks and definitions; no raw HTML on these pages, on purpose. */
function markdownUrls(): Writeup[] {
  const usable = URLS.filter((v) => !/[<>\n]/.test(v.payload));
  const autolinkable = usable.filter((v) => /^[a-z][a-z0-9+.-]{1,31}:[^\s<>]*$/i.test(v.payload));
  return [
    { slug: 'md-links', place: 'Markdown link', heading: 'Markdown links', vectors: usable,
      body: usable.map((v, i) => `- [link ${i}](${destination(v.payload)})`).join('\n') },
    { slug: 'md-images', place: 'Markdown image', heading: 'Markdown images', vectors: usable,
      body: usable.map((v, i) => `- ![image ${i}](${destination(v.payload)})`).join('\n') },
    { slug: 'md-autolinks', place: 'autolink', heading: 'Autolinks', vectors: autolinkable,
      body: autolinkable.map((v) => `- <${v.payload}>`).join('\n') +
        '\n- www.evil.example/leak\n- https://evil.example/bare-leak\n' },
    { slug: 'md-references', place: 'reference definition', heading: 'Reference definitions',
      vectors: usable,
      body: usable.map((_, i) => `- [ref ${i}][r${i}] and ![ref image ${i}][r${i}]`).join('\n') +
        '\n\n' + usable.map((v, i) => `[r${i}]: ${destination(v.payload)} "t${i}"`).join('\n') },
    { slug: 'md-link-titles', place: 'Markdown link title', heading: 'Link titles',
      vectors: [],
      body: [
        '[quote break](/ "x\\" onmouseover=\\"alert(1)")',
        '[single](/ \'x\' onmouseover=\'alert(1)\')',
        `[paren](/ (${ALERT_IMG}))`,
        `![image title](/favicon.svg "\\"><img src=x onerror=alert(1)>")`,
      ].join('\n\n') },
  ];
}

function footnotes(): Writeup {
  const payloads = ['"><img src=x onerror=alert(1)>', 'starlight__search', 'body',
    '__proto__', 'x" onmouseover="alert(1)'];
  return {
    slug: 'footnotes', place: 'footnote', heading: 'Footnotes', vectors: [],
    body: payloads.map((label, i) => `Claim ${i}[^${label}].`).join('\n\n') + '\n\n' +
      payloads.map((label) => `[^${label}]: See [here](javascript:alert(1)) and ` +
        `<https://evil.example/fn> ${ALERT_IMG}`).join('\n\n'),
  };
}

/** Headings (their anchors) and, through the first `#`, the page title. */
function headings(): Writeup[] {
  const inHeadings = [ALERT_IMG, '[x](javascript:alert(1))', 'starlight__search', '_top',
    'body', '__proto__', 'starlight__sidebar', '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)" id="starlight__search">x</a>', '`"><img src=x>`'];
  return [
    { slug: 'headings', place: 'heading', heading: 'Headings', vectors: [],
      body: inHeadings.map((h) => `## ${h}\n\nText.\n`).join('\n') },
    { slug: 'title-raw-html', place: 'title (first heading)',
      heading: `Notes ${ALERT_IMG}`, title: 'Notes', vectors: [], body: 'Text.' },
    { slug: 'title-script', place: 'title (first heading)',
      heading: 'Closing </title><script>alert(1)</script>', title: 'Closing', vectors: [],
      body: 'Text.' },
    { slug: 'title-link', place: 'title (first heading)',
      heading: 'Linked [title](javascript:alert(1))', title: 'Linked title', vectors: [],
      body: 'Text.' },
    { slug: 'title-text', place: 'title (first heading)',
      heading: '&lt;script&gt;alert(1)&lt;/script&gt; as text',
      title: '<script>alert(1)</script> as text', vectors: [], body: 'Text.' },
  ];
}

/**
 * Table cells: a plain table, and comparison tables (`| Image | Size | Shell |` rows about
 * images in the dataset), which the compare script makes interactive and copies cell by cell.
 */
function tables(): Writeup[] {
  const oneLine = CORPUS.filter((v) => !v.payload.includes('\n') && v.payload.length <= 400);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const images = ['python:3.12-slim', 'python:3.12-alpine', 'alpine:3.19', 'debian:12-slim'];
  const sizes = ['~125 MB', '50-60MB', '7 MB', '75 MB'];
  const compare = chunk(oneLine, 40).map((vectors, i) => ({
    slug: `compare-table-${pad(i)}`, place: 'comparison table cell',
    heading: `Comparison table ${i + 1}`, vectors,
    body: '| Image | Size | Shell |\n|---|---|---|\n' + vectors.map((v, j) =>
      `| \`${images[j % 4]}\` | ${sizes[j % 4]} | ${cell(v.payload)} |`).join('\n'),
  }));
  const crafted = [ALERT_IMG, '[x](javascript:alert(1))', '<a href="javascript:alert(1)">x</a>',
    '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>',
    '<details open ontoggle=alert(1)>', '<input autofocus onfocus=alert(1)>'];
  return [
    ...compare,
    { slug: 'compare-table-crafted', place: 'comparison table cell',
      heading: 'Comparison table, crafted', vectors: [],
      body: '| Image | Size | Shell |\n|---|---|---|\n' + crafted.map((p, j) =>
        `| \`${images[j % 4]}\` ${cell(p)} | ${sizes[j % 4]} ${cell(p)} | ${cell(p)} |`)
        .join('\n') },
    // Docker lists a dangling image as `<none>`: its row must show that text, not nothing.
    { slug: 'compare-table-dangling', place: 'comparison table cell',
      heading: 'Comparison table, dangling image', vectors: [],
      body: '| Image | Size | Shell |\n|---|---|---|\n| `python:3.12-slim` | ~125 MB | bash |\n' +
        '| `alpine:3.19` | 7 MB | ash |\n| `<none>` | 120 MB | <none> |' },
    { slug: 'plain-table', place: 'table cell', heading: 'Plain table', vectors: [],
      body: '| A | B |\n|---|---|\n' + crafted.map((p) => `| ${cell(p)} | text |`).join('\n') },
  ];
}

/** Code-fence meta: titles, language, the file-tabs directive that turns titles into tabs. */
function codeMeta(): Writeup {
  const dockerfile = 'FROM alpine:3.20\nRUN echo hi\n';
  const titles = [ALERT_IMG, '\\" onmouseover=\\"alert(1)', '\'"><svg onload=alert(1)>',
    'starlight__search'];
  const fences = titles.map((t) => `\`\`\`dockerfile title="${t}"\n${dockerfile}\`\`\`\n`);
  return {
    slug: 'code-meta', place: 'code-fence meta', heading: 'Code fence meta', vectors: [],
    body: [
      ...fences,
      `\`\`\`dockerfile title='${ALERT_IMG}' {1} ins="${ALERT_IMG}"\n${dockerfile}\`\`\`\n`,
      `\`\`\`"><img src=x onerror=alert(1)> title="x"\nplain\n\`\`\`\n`,
      `\`\`\`js title="<script>alert(1)</script>" frame="terminal"\nalert(1)\n\`\`\`\n`,
      '::::file-tabs\n' + titles.map((t) =>
        `\`\`\`dockerfile title="${t}"\n${dockerfile}\`\`\``).join('\n\n') + '\n::::\n',
    ].join('\n'),
  };
}

/** Generic directives: attributes an author can write on any directive. */
function directives(): Writeup {
  return {
    slug: 'directives', place: 'directive attributes', heading: 'Directives', vectors: [],
    body: [
      ':span[text]{onmouseover="alert(1)" id="starlight__search"}',
      '::div{onclick="alert(1)" href="javascript:alert(1)"}',
      ':::note{onmouseover="alert(1)"}\nInside.\n:::',
      '::base-image-table{onmouseover="alert(1)"}',
    ].join('\n\n'),
  };
}

/** The body site: everything here must build. */
export function bodySite(): FixtureSite {
  const dataset = 'content/data/base-images.yaml';
  return site([...rawHtml(), ...markdownUrls(), footnotes(), ...headings(), ...tables(),
    codeMeta(), directives()], { [dataset]: readFileSync(join(root, dataset), 'utf8') });
}

interface GuardedWriteup {
  slug: string;
  /** Sidebar vectors show on every page, so they get a site of their own. */
  sidebar?: true;
  place: string;
  /** Front matter lines (without the `---` fences), or none. */
  frontmatter?: string;
  heading: string;
  title?: string;
  body: string;
}

const guarded: GuardedWriteup[] = [
  { slug: 'fm-title', place: 'front matter title',
    frontmatter: 'title: "</title><script>alert(1)</script><title>"',
    heading: 'Body', title: '</title><script>alert(1)</script><title>', body: 'Text.' },
  { slug: 'fm-description', place: 'front matter description',
    frontmatter: 'title: Description\ndescription: \'"><script>alert(1)</script><meta x="\'',
    heading: 'Description', body: 'Text.' },
  { slug: 'fm-sidebar-label', place: 'front matter sidebar.label, sidebar.badge', sidebar: true,
    frontmatter: `title: Sidebar label\nsidebar:\n  label: "${ALERT_IMG}"\n  badge:\n` +
      `    text: "${ALERT_IMG}"\n    variant: note`,
    heading: 'Sidebar label', body: 'Text.' },
  { slug: 'fm-sidebar-attrs', place: 'front matter sidebar.attrs', sidebar: true,
    frontmatter: 'title: Sidebar attrs\nsidebar:\n  attrs:\n    onmouseover: alert(1)\n' +
      '    onclick: alert(1)\n    onfocus: alert(1)\n    autofocus: true\n' +
      '    href: "javascript:alert(1)"\n    id: starlight__search',
    heading: 'Sidebar attrs', body: 'Text.' },
  { slug: 'fm-head-script', place: 'front matter head',
    frontmatter: 'title: Head script\nhead:\n  - tag: script\n    content: alert(1)\n' +
      '  - tag: script\n    attrs:\n      src: https://evil.example/x.js',
    heading: 'Head script', body: 'Text.' },
  { slug: 'fm-head-meta', place: 'front matter head',
    frontmatter: 'title: Head meta\nhead:\n  - tag: meta\n    attrs:\n' +
      '      http-equiv: refresh\n      content: "0;url=javascript:alert(1)"\n' +
      '  - tag: base\n    attrs:\n      href: https://evil.example/\n' +
      '  - tag: link\n    attrs:\n      rel: stylesheet\n      href: https://evil.example/x.css\n' +
      '  - tag: title\n    content: "</title><script>alert(1)</script>"',
    heading: 'Head meta', body: 'Text.' },
  { slug: 'fm-banner', place: 'front matter banner',
    frontmatter: 'title: Banner\nbanner:\n' +
      `  content: '${ALERT_IMG}<a href="javascript:alert(1)">x</a>'`,
    heading: 'Banner', body: 'Text.' },
  { slug: 'fm-hero', place: 'front matter hero',
    frontmatter: 'title: Hero\ntemplate: splash\nhero:\n' +
      `  title: '${ALERT_IMG}'\n  tagline: '<svg onload=alert(1)>'\n` +
      `  image:\n    html: '${ALERT_IMG}'\n` +
      '  actions:\n    - text: Go\n      link: "javascript:alert(1)"\n' +
      '      attrs:\n        onmouseover: alert(1)\n        onclick: alert(1)',
    heading: 'Hero', body: 'Text.' },
  { slug: 'fm-prev-next', place: 'front matter prev/next',
    frontmatter: 'title: Prev next\nprev:\n  link: "javascript:alert(1)"\n' +
      `  label: "${ALERT_IMG}"\n` +
      'next:\n  link: "https://evil.example/next"\n  label: "<svg onload=alert(1)>"',
    heading: 'Prev next', body: 'Text.' },
  { slug: 'fm-edit-url', place: 'front matter editUrl',
    frontmatter: 'title: Edit URL\neditUrl: "javascript:alert(1)"',
    heading: 'Edit URL', body: 'Text.' },
  { slug: 'fm-yaml-tag', place: 'front matter YAML tag',
    frontmatter: 'title: !!js/function "function () { alert(1) }"',
    heading: 'YAML tag', body: 'Text.' },
  { slug: 'mermaid-click-call', place: 'Mermaid click callback', heading: 'Mermaid call',
    body: '```mermaid\ngraph TD\n  A[Click me] --> B[Then me]\n  click A call alert(1)\n' +
      '  click B alert "tooltip"\n```' },
  { slug: 'mermaid-click-href', place: 'Mermaid click link', heading: 'Mermaid href',
    body: '```mermaid\ngraph TD\n  A[Click me] --> B[Then me]\n' +
      '  click A "javascript:alert(1)" "tip"\n  click B href "javascript:alert(1)"\n```' },
  { slug: 'mermaid-loose', place: 'Mermaid init directive with HTML labels',
    heading: 'Mermaid loose',
    body: '```mermaid\n' +
      '%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%\n' +
      `graph TD\n  A["${ALERT_IMG.replace(/"/g, '#quot;')}"]` +
      ' --> B["<a href=\'javascript:alert(1)\'>x</a>"]\n' +
      '  click A call alert(1)\n```' },
  { slug: 'mermaid-labels', place: 'Mermaid labels', heading: 'Mermaid labels',
    body: '```mermaid\nsequenceDiagram\n  Alice->>Bob: <img src=x onerror=alert(1)>\n' +
      '  Note over Alice: <a href="javascript:alert(1)">x</a>\n```\n\n' +
      '```mermaid\ngraph TD\n  A["`**x** <img src=x onerror=alert(1)>`"] --> B\n```' },
  { slug: 'walkthrough-attrs', place: 'walkthrough directive attributes',
    heading: 'Walkthrough',
    body: '::::walkthrough{onmouseover="alert(1)" id="starlight__search"}\n```dockerfile\n' +
      'FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]\n```\n\n' +
      `:::step[${ALERT_IMG}]{lines="1" id="x\\" onmouseover=\\"alert(1)"}\n` +
      `One ${ALERT_IMG}\n:::\n\n` +
      ':::step[Two]{lines="2" id="starlight__search" onclick="alert(1)"}\nTwo.\n:::\n\n' +
      ':::step{lines="3" title="<svg onload=alert(1)>"}\nThree.\n:::\n::::' },
];

/**
 * A guarded site: each write-up either builds inert or is refused with a clean error. `sidebar`
 * picks the write-ups whose vectors land in the sidebar (on every page); the others show only
 * on their own page.
 */
export function guardedSite(sidebar: boolean): FixtureSite & { slugs: string[] } {
  const chosen = guarded.filter((w) => (w.sidebar ?? false) === sidebar);
  const files: Record<string, string> = { 'content/pages/index.md': index };
  const pages: HostilePage[] = [landing];
  for (const w of chosen) {
    const fm = w.frontmatter === undefined ? '' : `---\n${w.frontmatter}\n---\n\n`;
    files[`content/writeups/${w.slug}.md`] = `${fm}# ${w.heading}\n\n${w.body}\n`;
    pages.push({ url: `writeups/${w.slug}/`, place: w.place,
      title: `${w.title ?? w.heading} | ${SITE_TITLE}`,
      vectors: [`${w.frontmatter ?? ''}\n${w.body}`.trim().slice(0, 400)] });
  }
  return { files, pages, slugs: chosen.map((w) => w.slug) };
}
