/**
 * The examples' app in Pyodide under Node: its own unittest suite passes, `/health` answers 200
 * with JSON holding "status", and the HEALTHCHECK's URL is healthy. The packages come from
 * `scripts/setup-python-packages.ts`, run first (quick when cached); when it reports that no
 * registry is reachable (exit code 2) these tests are skipped with its message (under CI they
 * fail: CI must reach one), any other failure fails them. Slow: loading Pyodide takes seconds.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagesStatus, startNodePython } from '../../../src/examples/pyodide-node.ts';
import {
  finalEnvironment, finalWorkdir, loadApp, type Python,
} from '../../../src/examples/pyodide-runtime.ts';
import { PYTHON_PACKAGES } from '../../../src/examples/python-packages.ts';
import { listExamples, readExample } from '../../../src/examples/read-examples.ts';
import { buildModel } from '../../../src/dockerfile/parse/build-model.ts';
import { skipUnlessCi } from '../../require-or-skip.ts';

const root = join(import.meta.dirname, '../../..');
const setup = spawnSync(process.execPath, [join(root, 'scripts/setup-python-packages.ts')],
  { cwd: root, encoding: 'utf8', timeout: 180_000 });
const unreachable = skipUnlessCi(setup.status === 2
  ? `the Pyodide tests need the Python packages: ${setup.stderr.trim()}` : undefined);

describe('finalWorkdir and finalEnvironment', () => {
  it('follow WORKDIR and ENV as Docker does', () => {
    const model = buildModel('FROM a AS base\nENV A=1 P=/x:$PATH\nFROM base\nWORKDIR /srv\n'
      + 'WORKDIR app\nENV B=$A-2\nCMD ["x"]\n');
    expect(finalWorkdir(model)).toBe('/srv/app');
    expect(finalEnvironment(model)).toEqual({ A: '1', P: '/x:$PATH', B: '1-2' });
  });
});

describe.skipIf(unreachable)('Pyodide runtime (Node)', { timeout: 120_000 }, () => {
  let python: Python;
  let coldMs = 0;

  beforeAll(async () => {
    expect(setup.status, setup.stderr).toBe(0);
    expect(packagesStatus(root).available).toBe(true);
    const started = performance.now();
    python = await startNodePython(root);
    const first = readExample(listExamples(root)[0] ?? '', root);
    loadApp(python, { files: first.files, model: first.model }).request({ path: '/health' });
    coldMs = performance.now() - started;
  }, 180_000);

  // What the page says of the runtime's packages (RunHere.astro, python-advisories.yaml):
  // the versions it loads, Debian's backport in Flask, and why the advisories left open
  // cannot be reached (not Windows, no processes).
  it('loads the packages the page names, and cannot reach what it says it cannot', () => {
    const run = (code: string): string => String(python.pyodide.runPython(code));
    const versions = JSON.parse(run('import json, importlib.metadata as m\n'
      + `json.dumps({n: m.version(n) for n in ${JSON.stringify(
        PYTHON_PACKAGES.map((p) => p.name))}})`)) as Record<string, string>;
    expect(versions).toEqual(Object.fromEntries(PYTHON_PACKAGES.map((p) => [p.name, p.version])));
    // CVE-2026-27205, backported by Debian: `in` on the session marks it accessed.
    expect(run('import flask\napp = flask.Flask("t")\napp.secret_key = "k"\n'
      + 'with app.test_request_context():\n'
      + '    _ = "x" in flask.session\n'
      + '    accessed = flask.session.accessed\n'
      + 'str(accessed)')).toBe('True');
    expect(run('import os\nos.name')).toBe('posix');
    expect(run('import subprocess\ntry:\n    subprocess.Popen(["true"])\n    r = "started"\n'
      + 'except OSError as e:\n    r = type(e).__name__\nr')).not.toBe('started');
  });

  it('answers the first /health within a cold start', () => {
    console.info(`Pyodide cold start to first /health: ${Math.round(coldMs)} ms`);
    expect(coldMs).toBeGreaterThan(0);
  });

  for (const slug of listExamples(root)) {
    it(`${slug}: tests pass, /health is 200 JSON with "status", HEALTHCHECK healthy`, () => {
      const example = readExample(slug, root);
      const started = performance.now();
      const app = loadApp(python, { files: example.files, model: example.model });
      const health = app.request({ path: example.meta.healthPath });
      console.info(`${slug}: warm start to /health ${Math.round(performance.now() - started)} ms`);
      expect(health.status).toBe(200);
      expect(health.headers['Content-Type']).toBe('application/json');
      const body = JSON.parse(health.body) as Record<string, unknown>;
      expect(body['status']).toBe('healthy');
      expect(Object.keys(body).sort()).toEqual(Object.keys(JSON.parse(
        example.meta.healthResponse.replace(/…/g, '0').replace(/"0"/g, '"x"'),
      ) as object).sort());

      const report = app.runTests();
      expect(report.ok, report.output).toBe(true);
      expect(report.testsRun).toBeGreaterThanOrEqual(4);

      const check = app.healthcheck(example.meta.healthPath);
      if (example.commands.healthcheckUrl === undefined) {
        // No HEALTHCHECK, no health status: nothing to call healthy.
        expect(check).toBeUndefined();
      } else {
        expect(check?.healthy).toBe(true);
        expect(check?.url).toBe(example.commands.healthcheckUrl);
      }
      expect(app.workdir).toBe('/app');
      if (example.model.variables.some((v) => v.name === 'PORT')) {
        expect(app.env['PORT']).toBe(String(example.meta.port));
      }
      const info = JSON.parse(app.request({ path: '/', headers: { 'User-Agent': 'vitest' } })
        .body) as { request: { user_agent: string }; runtime: { port: number } };
      expect(info.request.user_agent).toBe('vitest');
      expect(info.runtime.port).toBe(example.meta.port);
    });
  }
});
