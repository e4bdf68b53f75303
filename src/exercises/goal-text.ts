/**
 * Exercises: what a goal says in the checklist — its wording (the author's label, else one
 * from the rule's title, the practice's label or the instruction) and what exactly is checked,
 * with the page that explains it (the rule page, the practices matrix, Docker's reference).
 * Build-time (it reads every rule's text); the interactive part reads the result from the page.
 */
import { describedRules } from '../dockerfile/rules/texts.ts';
import { rulePath } from '../dockerfile/rule-url.ts';
import { PRACTICES } from '../dockerfile/practice-verdicts.ts';
import type { Goal } from './exercise-schema.ts';

/** What the engine checks, as one sentence around a link: `before` [linkText](href) `after`. */
export interface GoalText {
  before: string;
  /** The page that explains it, without the site base for the guide's own pages. */
  href: string;
  linkText: string;
  after: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** The default wording of a goal written without a label (its own `label` is not read). */
export function defaultLabel(goal: Goal): string {
  if (goal.kind === 'rule') {
    return describedRules.find((rule) => rule.id === goal.rule)?.title ?? goal.rule;
  }
  if (goal.kind === 'practice') {
    return PRACTICES.find((p) => p.id === goal.practice)?.label ?? goal.practice;
  }
  return `The Dockerfile has a \`${goal.instruction.toUpperCase()}\` instruction`;
}

export function goalText(goal: Goal): GoalText {
  if (goal.kind === 'rule') {
    return { before: 'Checked: rule ', href: rulePath(goal.rule), linkText: goal.rule,
      after: ' does not fire.' };
  }
  if (goal.kind === 'practice') {
    return { before: 'Checked: the practice ', href: '/practices/',
      linkText: `“${defaultLabel(goal)}”`, after: ' holds, as the practices matrix judges it.' };
  }
  const keyword = goal.instruction.toUpperCase();
  return { before: 'Checked: the file has a ', href: `${REFERENCE}#${keyword.toLowerCase()}`,
    linkText: keyword, after: ' instruction.' };
}
