/**
 * "Run it here" keeps Python on the site: an app.py that tries every way out of the worker —
 * `js.fetch` (a URL and a Request), `pyodide.http.open_url`, a synchronous XMLHttpRequest,
 * WebSocket (also through its prototype's constructor), EventSource, importScripts,
 * navigator.sendBeacon, a nested Worker, a FontFace, Cache.add, and putting fetch back — at
 * another origin (a recorder on 127.0.0.2 that counts every connection) gets a refusal for each,
 * the recorder sees nothing, and the app still answers `/health`. Three times: as our server
 * serves the site (CSP header and <meta>); with the header taken off, as a static host serves it
 * (the worker inherits the <meta> policy), where `import()` through `js.eval` and `Function` is
 * refused too; and with no policy at all, where only the worker's own confinement stands (and
 * cannot stop `import()`, see src/examples/README.md, so that is not tried there).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { skipUnlessCi } from '../require-or-skip.ts';

const PAGE = '/examples/03-multi-stage-slim/';
const WAYS = ['fetch', 'fetch Request', 'open_url', 'XMLHttpRequest', 'WebSocket',
  'WebSocket via prototype', 'EventSource', 'importScripts', 'sendBeacon', 'Worker',
  'FontFace', 'Cache.add', 'fetch put back'];
/** Refused by a CSP only (the worker's confinement cannot replace `import()`). */
const IMPORTS = ['import', 'Function import'];

let recorder: Server;
let connections = 0;
let out = '';

test.beforeAll(async () => {
  recorder = createServer((_, response) => response.end('reached'));
  recorder.on('connection', () => (connections += 1));
  await new Promise<void>((done) => recorder.listen(0, '127.0.0.2', done));
  out = `127.0.0.2:${(recorder.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => recorder.close(() => done())));

/** Python appended to app.py: each way out, its outcome kept for `GET /confine`. */
function escapes(withImports: boolean): string {
  return `
# --- added by run-here-confined.spec.ts: every way out of the worker ---
import js
from pyodide.ffi import create_proxy, to_js

_OUT = 'http://${out}/'
_confine = {}

def _settle(name, promise):
    _confine[name] = 'pending'
    promise.then(create_proxy(lambda _: _confine.__setitem__(name, 'REACHED')),
                 create_proxy(lambda e: _confine.__setitem__(name, 'refused: ' + str(e))))

def _try(name, call):
    try:
        result = call()
    except Exception as error:
        _confine[name] = 'refused: ' + str(error)
        return
    if hasattr(result, 'then'):
        _settle(name, result)
    else:
        _confine[name] = 'REACHED'

def _xhr():
    request = js.XMLHttpRequest.new()
    request.open('GET', _OUT + 'xhr', False)
    request.send()

def _open_url():
    from pyodide.http import open_url
    return open_url(_OUT + 'open_url').read()

def _cache_add():
    return js.caches.open('x').then(create_proxy(lambda cache: cache.add(_OUT + 'cache')))

def _put_back():
    js.Reflect.deleteProperty(js.self, 'fetch')
    return js.fetch(_OUT + 'put-back')

if ${withImports ? 'True' : 'False'}:
    _try('import', lambda: js.eval("import('" + _OUT + "x.mjs')"))
    _try('Function import', lambda: js.Function.new("return import('" + _OUT + "y.mjs')")())
_try('fetch', lambda: js.fetch(_OUT + 'fetch'))
_try('fetch Request', lambda: js.fetch(js.Request.new(_OUT + 'request')))
_try('open_url', _open_url)
_try('XMLHttpRequest', _xhr)
_try('WebSocket', lambda: js.WebSocket.new('ws://${out}/ws'))
_try('WebSocket via prototype', lambda: js.WebSocket.prototype.constructor.new('ws://${out}/p'))
_try('EventSource', lambda: js.EventSource.new(_OUT + 'events'))
_try('importScripts', lambda: js.importScripts(_OUT + 'script.js'))
_try('sendBeacon', lambda: js.navigator.sendBeacon(_OUT + 'beacon', 'x'))
_try('Worker', lambda: js.Worker.new(_OUT + 'worker.js'))
_try('FontFace', lambda: js.FontFace.new('x', 'url(' + _OUT + 'font.woff2)').load())
_try('Cache.add', _cache_add)
_try('fetch put back', _put_back)

@app.route('/confine')
def _confine_report():
    return jsonify(_confine)
`;
}

async function runEscapes(page: Page, withImports = true): Promise<Record<string, string>> {
  await page.goto(PAGE);
  const widget = page.locator('section[data-run-here]');
  const run = widget.getByRole('button', { name: /^Run/ });
  if (await run.isDisabled()) {
    const reason = await widget.locator('.run-here-unavailable').innerText();
    test.skip(skipUnlessCi(reason), reason);
  }
  const box = widget.getByRole('textbox', { name: 'Edit app.py' });
  await box.fill(`${await box.inputValue()}\n${escapes(withImports)}`);
  await run.click();
  await expect(widget.locator('[data-health]')).toContainText('HEALTHCHECK: healthy',
    { timeout: 90_000 });
  const command = widget.getByRole('textbox', { name: 'Command' });
  const terminal = widget.getByRole('log', { name: 'Terminal output' });
  await command.fill('curl localhost:8080/health');
  await command.press('Enter');
  await expect(terminal).toContainText('healthy');
  // The promises settle within the worker's next turns; ask until none is pending.
  let report: Record<string, string> = {};
  await expect(async () => {
    await terminal.evaluate((element) => element.replaceChildren());
    await command.fill('curl -s localhost:8080/confine');
    await command.press('Enter');
    await expect(terminal).toContainText('}');
    report = JSON.parse(/\{[\s\S]*\}/.exec(await terminal.innerText())?.[0] ?? '{}') as
      Record<string, string>;
    expect(Object.values(report)).not.toContain('pending');
  }).toPass({ timeout: 15_000 });
  return report;
}

function expectRefusedEverywhere(report: Record<string, string>, withImports = true): void {
  const tried = withImports ? [...WAYS, ...IMPORTS] : WAYS;
  expect(Object.keys(report).sort()).toEqual([...tried].sort());
  for (const way of IMPORTS.filter((name) => name in report)) {
    expect(report[way], way).toMatch(/^refused: .*Content Security Policy/s);
  }
  for (const way of WAYS) {
    // Refused by the worker's confinement first (workers have no sendBeacon to refuse).
    expect(report[way], way).toMatch(way === 'sendBeacon' ? /^refused: /
      : /^refused: .*"Run it here" only reaches the site itself/s);
  }
  expect(connections, 'connections the recorder on 127.0.0.2 saw').toBe(0);
}

test.describe.configure({ mode: 'serial' });

test('served with the CSP header: Python reaches no other origin, /health answers',
  async ({ page }) => {
    test.setTimeout(180_000);
    expectRefusedEverywhere(await runEscapes(page));
  });

/** Serves the site as a host without headers would, and without the <meta> too if asked. */
async function withoutHeader(page: Page, origin: string, dropMeta: boolean): Promise<string[]> {
  const served: string[] = [];
  await page.route(`${origin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    served.push(new URL(route.request().url()).pathname);
    if (dropMeta && (headers['content-type'] ?? '').startsWith('text/html')) {
      const body = (await response.text())
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      await route.fulfill({ response, headers, body });
    } else {
      await route.fulfill({ response, headers });
    }
  });
  return served;
}

test('on a host that sends no CSP header, the worker inherits the page\'s <meta> policy',
  async ({ page, baseURL }) => {
    test.setTimeout(180_000);
    const served = await withoutHeader(page, new URL(baseURL!).origin, false);
    expectRefusedEverywhere(await runEscapes(page));
    expect(served).toContain('/pyodide/run-here-worker.js');
  });

test('with no policy at all, the worker\'s own confinement holds', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const served = await withoutHeader(page, new URL(baseURL!).origin, true);
  expectRefusedEverywhere(await runEscapes(page, false), false);
  expect(served).toContain('/pyodide/run-here-worker.js');
});
