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

export interface GoalText {
  /** The goal in words (Markdown inline code allowed). */
  label: string;
  /** What the engine checks, one short phrase. */
  checked: string;
  /** The page that explains it, without the site base for the guide's own pages. */
  href: string;
  /** The link's text. */
  linkText: string;
}

const REFERENCE = 'https://docs.docker.com/reference/dockerfile/';

/** The default wording of a goal written without a label. */
export function defaultLabel(goal: Omit<Goal, 'label'> & { kind: Goal['kind'] }): string {
  if ('rule' in goal) {
    const title = describedRules.find((rule) => rule.id === goal.rule)?.title ?? goal.rule;
    return title;
  }
  if ('practice' in goal) {
    return PRACTICES.find((p) => p.id === goal.practice)?.label ?? goal.practice;
  }
  return `The Dockerfile has a \`${goal.instruction.toUpperCase()}\` instruction`;
}

export function goalText(goal: Goal): GoalText {
  if (goal.kind === 'rule') {
    return { label: goal.label, checked: `rule ${goal.rule} does not fire`,
      href: rulePath(goal.rule), linkText: goal.rule };
  }
  if (goal.kind === 'practice') {
    return { label: goal.label, checked: `the practices matrix's “${defaultLabel(goal)}” holds`,
      href: '/practices/', linkText: 'how it is judged' };
  }
  const keyword = goal.instruction.toUpperCase();
  return { label: goal.label, checked: `a ${keyword} instruction is present`,
    href: `${REFERENCE}#${keyword.toLowerCase()}`, linkText: `${keyword} reference` };
}
