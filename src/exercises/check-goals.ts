/**
 * Exercises, goal checker: which goals a Dockerfile meets. A rule goal is met when the rule does
 * not fire; a practice goal when the practices matrix's own judgement (practice-verdicts.ts) says
 * `yes` on this file; an instruction goal when the file has that instruction. Lints with the
 * engine's browser entry, so the build (validation) and a reader's browser or worker (live
 * goals) give the same answer. Pure and browser-safe: no Node APIs, no DOM.
 */
import { lintDockerfile, type LintResult } from '../dockerfile/browser.ts';
import { INSTRUCTIONS } from '../dockerfile/keywords.ts';
import {
  PRACTICES, type Judged, type PageEvidence, type Practice,
} from '../dockerfile/practice-verdicts.ts';
import { allRules } from '../dockerfile/rules/index.ts';
import type { Goal } from './exercise-schema.ts';

/** A goal's state on one file, with one sentence saying why. */
export interface GoalState {
  goal: Goal;
  met: boolean;
  /** What decided it ("`DL3042` fires on line 4: …", "Switches to user `app`."). */
  note: string;
}

/**
 * The practices a goal may name: every practice of the matrix judged on the Dockerfile alone
 * (the `.dockerignore` one is judged on the files beside it, which an exercise does not have).
 */
export const GOAL_PRACTICES: readonly Practice[] =
  PRACTICES.filter((practice) => practice.id !== 'dockerignore');

/** Rule ids a goal may name: every rule the engine has. */
export const GOAL_RULE_IDS: readonly string[] = allRules.map((rule) => rule.id);

/** Instructions a goal may name (upper case). */
export const GOAL_INSTRUCTIONS: readonly string[] = [...INSTRUCTIONS].sort();

/** No page around the file: nothing but the Dockerfile is evidence. */
const NO_PAGE: PageEvidence = { blocks: [], dockerignores: [] };

/** Lints a goal file as the goals see it: whole, even while it lacks a CMD. */
export function lintGoalFile(dockerfile: string): LintResult {
  return lintDockerfile(dockerfile, { fragment: false });
}

/**
 * Every goal's state on `dockerfile`, in the goals' order. `result` is the file's lint by
 * `lintGoalFile`, passed by a caller that needs the findings too (so the file is linted once).
 */
export function checkGoals(dockerfile: string, goals: readonly Goal[],
  result: LintResult = lintGoalFile(dockerfile)): GoalState[] {
  const judged: Judged = {
    basis: 'final',
    blocks: [{ id: 'exercise', line: 1, source: dockerfile, fragment: false,
      findings: result.findings, model: result.model }],
  };
  return goals.map((goal): GoalState => {
    if (goal.kind === 'rule') {
      const hit = result.findings.find((finding) => finding.rule === goal.rule);
      return hit
        ? { goal, met: false, note: `\`${goal.rule}\` fires on line ${hit.line}: ${hit.message}` }
        : { goal, met: true, note: `\`${goal.rule}\` does not fire.` };
    }
    if (goal.kind === 'instruction') {
      const keyword = goal.instruction.toUpperCase();
      const found = result.model.instructions.find((i) => i.keyword === keyword);
      return found
        ? { goal, met: true, note: `\`${keyword}\` is on line ${found.line}.` }
        : { goal, met: false, note: `The file has no \`${keyword}\` instruction.` };
    }
    const practice = GOAL_PRACTICES.find((p) => p.id === goal.practice);
    if (!practice) return { goal, met: false, note: `No practice \`${goal.practice}\`.` };
    const verdict = practice.evaluate(judged, NO_PAGE);
    return { goal, met: verdict.verdict === 'yes', note: verdict.note };
  });
}
