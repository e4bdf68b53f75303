/**
 * Prints how far shipshape agrees with hadolint's own rule specs: per suite, cases agreeing out
 * of the total, then the whole. Run: `node tests/unit/dockerfile/hadolint-suite/report.ts`
 * (`--disagreements` lists each case we disagree on). Known differences count as disagreements.
 */
import { loadSuites, runCase, suiteName } from './agreement.ts';

const { commit, suites } = loadSuites();
const listAll = process.argv.includes('--disagreements');
let agreed = 0;
let total = 0;
let onBuildAgreed = 0;
let onBuildTotal = 0;
console.log(`hadolint ${commit.slice(0, 12)}`);
for (const [file, cases] of Object.entries(suites)) {
  let suiteAgreed = 0;
  const misses: string[] = [];
  for (const testCase of cases) {
    const outcome = runCase(testCase);
    const onBuild = testCase.kind.startsWith('onBuild');
    if (onBuild) onBuildTotal++;
    if (outcome.agrees) {
      suiteAgreed++;
      if (onBuild) onBuildAgreed++;
    } else {
      misses.push(`  ${testCase.source} ${testCase.kind} (${testCase.title}): expected ` +
        `${outcome.expected}, found ${outcome.found ?? 'no rule'}\n    ` +
        JSON.stringify(testCase.dockerfile));
    }
  }
  agreed += suiteAgreed;
  total += cases.length;
  console.log(`${suiteName(file).padEnd(16)} ${String(suiteAgreed).padStart(3)} / ` +
    `${String(cases.length).padStart(3)}`);
  if (listAll) for (const miss of misses) console.log(miss);
}
const percent = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`all suites       ${agreed} / ${total} = ${percent(agreed, total)}`);
console.log(`  plain cases    ${agreed - onBuildAgreed} / ${total - onBuildTotal} = ` +
  percent(agreed - onBuildAgreed, total - onBuildTotal));
console.log(`  ONBUILD cases  ${onBuildAgreed} / ${onBuildTotal} = ` +
  percent(onBuildAgreed, onBuildTotal));
