/**
 * The generated cohort's site (issue 14): `tests/site/cohort.test.ts` builds 50 generated
 * write-ups into `dist-cohort/`, with the plan it generated them from in `cohort-plan.json`;
 * Playwright serves it here for `tests/browser/cohort.spec.ts`.
 */
import { join } from 'node:path';

export const COHORT_SITE = {
  dist: join(import.meta.dirname, '../..', 'dist-cohort'),
  port: Number(process.env['SHIPSHAPE_TEST_PORT'] ?? 4329) + 6,
} as const;

/** The plan the site test writes into the built site. */
export const PLAN = 'cohort-plan.json';
