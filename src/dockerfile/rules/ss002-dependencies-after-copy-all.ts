/**
 * Analyse stage, Dockerfile engine: SS002 reports a language package manager install (pip,
 * python -m pip, uv, poetry, pipenv, npm, yarn, pnpm, bun, bundle, go mod download, composer,
 * cargo fetch, mvn dependency:…, dotnet restore) that runs in a stage after a COPY or ADD of
 * the whole build context. System packages (apt, apk) do not depend on the sources and are not
 * counted. When the same ecosystem already installed its dependencies before the copy, the later
 * step is taken to install the project itself (`pip install --no-deps .`, `uv sync`) and passes.
 */
import type { Instruction } from '../model.ts';
import type { Rule, RuleHit, RuleText } from '../rule.ts';
import { dependencyInstalls as installs } from '../rules-shared/dependency-install.ts';
import { copiesWholeContext } from '../rules-shared/whole-context-copy.ts';

export const text: RuleText = {
  title: 'Dependencies installed after COPY . .',
  description: 'A package manager install (`pip install`, `npm ci`, `go mod download`, …) runs ' +
    'after the whole source tree was copied in, instead of after copying just the dependency ' +
    'manifest.',
  rationale: 'Docker reuses a layer only while everything before it is unchanged. After ' +
    '`COPY . .` any edit to any source file invalidates the install layer, so every build ' +
    'downloads and installs all dependencies again. Copying the manifest (`requirements.txt`, ' +
    '`package-lock.json`, `go.sum`) first, installing, and copying the rest afterwards keeps ' +
    'that slow step cached until the dependencies themselves change.',
  upstreamUrl: undefined,
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n' +
      'RUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\n' +
      'RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'SS002',
  source: 'shipshape',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    // Per stage (a snippet's instructions share stage -1): each stage has its own layer chain.
    const copied = new Map<number, Instruction>();
    const installedBefore = new Map<number, Set<string>>();
    for (const instruction of model.instructions) {
      const { stage } = instruction;
      const copy = copied.get(stage);
      if (!copy) {
        if (copiesWholeContext(instruction)) {
          copied.set(stage, instruction);
          continue;
        }
        const families = installedBefore.get(stage) ?? new Set<string>();
        for (const install of installs(instruction)) families.add(install.family);
        installedBefore.set(stage, families);
        continue;
      }
      const done = installedBefore.get(stage);
      const late = installs(instruction).find((install) => !done?.has(install.family));
      if (!late) continue;
      const written = `${copy.keyword} ${copy.args.join(' ')}`;
      hits.push({
        line: late.line,
        endLine: late.line,
        message: `\`${late.label}\` (line ${late.line}) runs after \`${written}\` (line ` +
          `${copy.line}): copy the dependency manifest first, install, then copy the rest.`,
      });
    }
    return hits;
  },
};
