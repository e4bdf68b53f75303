/**
 * Playground, browser: a finding as the reader meets it — in the editor's hover text and in the
 * findings panel: the rule id linked to its page in the guide, the engine's message (its
 * `` `code` `` spans as `<code>`, as the guide prints them) and the rule's one-line title.
 * Built with DOM calls only; text from the Dockerfile is only ever text.
 */
import type { Finding } from '../../dockerfile/rule.ts';

export interface RuleWords {
  /** The site base (`/`, `/courses/docker/`), for rule page links. */
  base: string;
  /** Each rule's one-line title by id ("Pin the version of the base image"). */
  titles: Readonly<Record<string, string>>;
}

/** The message with `` `code` `` spans as `<code>`. */
export function messageNodes(message: string): Node[] {
  return message.split(/(`[^`]+`)/).filter((part) => part !== '').map((part) => {
    if (!/^`[^`]+`$/.test(part)) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part.slice(1, -1);
    return code;
  });
}

/** `/base/rules/dl3007/` (the engine gives the path without the base). */
export function ruleHref(finding: Pick<Finding, 'url'>, base: string): string {
  if (/^https:\/\//.test(finding.url)) return finding.url;
  return `${base.replace(/\/+$/, '')}${finding.url}`;
}

export function ruleLink(finding: Pick<Finding, 'rule' | 'url'>, words: RuleWords): HTMLElement {
  const link = document.createElement('a');
  link.href = ruleHref(finding, words.base);
  link.textContent = finding.rule;
  return link;
}

/** The hover text: "DL3007 warning: message" and the rule's title with a link to its page. */
export function findingTooltip(finding: Finding, words: RuleWords): HTMLElement {
  const box = document.createElement('div');
  box.className = 'playground-tip';
  const head = document.createElement('p');
  const id = document.createElement('strong');
  id.textContent = `${finding.rule} (${finding.severity})`;
  head.append(id, ': ', ...messageNodes(finding.message));
  box.append(head);
  const title = words.titles[finding.rule];
  const link = ruleLink(finding, words);
  link.textContent = `About ${finding.rule}`;
  const about = document.createElement('p');
  // A title may end in a full stop of its own ("… after COPY . ."): no second one.
  about.append(title === undefined ? '' : `${title}${title.endsWith('.') ? '' : '.'} `, link);
  box.append(about);
  return box;
}
