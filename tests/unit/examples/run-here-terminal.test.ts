/**
 * "Run it here" terminal: the lines a reader types are split as a shell splits them, `curl`'s
 * options and URLs are read as curl reads them, and the output is what curl prints (status
 * line and headers with `-i`, curl's own errors when the container cannot be reached).
 */
import { describe, expect, it } from 'vitest';
import { connectionError, curlOutput, statusLine } from
  '../../../src/examples/client/curl-output.ts';
import {
  expandShortOptions, helpText, parseCommand, parseCurlUrl, splitWords, type CurlRequest,
} from '../../../src/examples/client/terminal-command.ts';

function curl(line: string): CurlRequest {
  const parsed = parseCommand(line);
  if (parsed.kind !== 'curl') throw new Error(`expected a curl command, got ${parsed.kind}`);
  return parsed.request;
}

describe('splitWords', () => {
  it('removes quotes and honours backslashes as sh does', () => {
    expect(splitWords(`curl -H 'Accept: text/html' "a b" c\\ d  "say \\"hi\\""`))
      .toEqual(['curl', '-H', 'Accept: text/html', 'a b', 'c d', 'say "hi"']);
    expect(splitWords(`x '' ""`)).toEqual(['x', '', '']);
    expect(splitWords('   ')).toEqual([]);
  });

  it('says which quote is left open', () => {
    expect(() => splitWords(`curl 'localhost`)).toThrow(/unmatched single quote/);
    expect(parseCommand('curl "x')).toEqual({ kind: 'error',
      message: 'sh: unmatched double quote: close it with another "' });
  });
});

describe('parseCommand', () => {
  it('reads the commands the brief names', () => {
    expect(curl('curl localhost:8080/health')).toEqual({ method: 'GET', scheme: 'http',
      host: 'localhost', port: 8080, path: '/health', headers: {}, body: undefined,
      include: false, headOnly: false, fail: false });
    const included = curl('curl -i http://127.0.0.1:8080/');
    expect([included.include, included.host, included.path]).toEqual([true, '127.0.0.1', '/']);
  });

  it('knows curl options a reader uses, grouped or not', () => {
    expect(expandShortOptions(['-fsSL', '-sXPOST', '-i'])).toEqual(
      ['-f', '-s', '-S', '-L', '-s', '-X', 'POST', '-i']);
    const post = curl(`curl -fsS -X put -H 'Content-Type: application/json' -d '{"a":1}' `
      + 'localhost:8080/x?y=1');
    expect(post).toMatchObject({ method: 'PUT', fail: true, path: '/x?y=1', body: '{"a":1}',
      headers: { 'Content-Type': 'application/json' } });
    expect(curl('curl -d a=1 localhost:8080/').method).toBe('POST');
    expect(curl('curl -I localhost:8080/')).toMatchObject({ method: 'HEAD', headOnly: true,
      include: true });
    expect(curl('curl --request=DELETE localhost:8080/').method).toBe('DELETE');
  });

  it('takes a pasted prompt, and reads help, clear and docker logs', () => {
    expect(curl('$ curl localhost:8080/health').path).toBe('/health');
    expect(parseCommand('help')).toEqual({ kind: 'help' });
    expect(parseCommand('clear')).toEqual({ kind: 'clear' });
    expect(parseCommand('docker logs info')).toEqual({ kind: 'logs' });
    expect(parseCommand('')).toEqual({ kind: 'empty' });
  });

  it('names unknown commands and bad curl usage', () => {
    expect(parseCommand('ls -la')).toEqual({ kind: 'unknown', name: 'ls' });
    expect(parseCommand('docker ps')).toEqual({ kind: 'unknown', name: 'docker ps' });
    expect(parseCommand('curl')).toMatchObject({ kind: 'error',
      message: expect.stringContaining('no URL') });
    expect(parseCommand('curl -X')).toEqual({ kind: 'error',
      message: 'curl: option -X: requires parameter' });
    expect(parseCommand('curl --compressed localhost:8080/')).toMatchObject({ kind: 'error',
      message: expect.stringContaining('--compressed') });
    expect(parseCommand('curl a:1/ b:2/')).toMatchObject({ kind: 'error' });
  });

  it('help shows the example port and health path', () => {
    expect(helpText(5000, '/healthz')).toContain('curl localhost:5000/healthz');
  });
});

describe('parseCurlUrl', () => {
  it('fills in the scheme, the default port and the root path', () => {
    expect(parseCurlUrl('localhost')).toEqual({ scheme: 'http', host: 'localhost', port: 80,
      path: '/' });
    expect(parseCurlUrl('HTTPS://Example.com?q=1')).toEqual({ scheme: 'https',
      host: 'example.com', port: 443, path: '/?q=1' });
    expect(parseCurlUrl('[::1]:8080/health#top')).toMatchObject({ host: '[::1]', port: 8080,
      path: '/health' });
    expect(parseCurlUrl('ftp://x/')).toBeUndefined();
  });
});

describe('connectionError', () => {
  const running = { port: 8080, running: true };
  it('reaches the container on localhost at the published port only', () => {
    expect(connectionError(curl('curl localhost:8080/'), running)).toBeUndefined();
    expect(connectionError(curl('curl 0.0.0.0:8080/'), running)).toBeUndefined();
    expect(connectionError(curl('curl localhost:5000/'), running))
      .toMatch(/^curl: \(7\) Failed to connect to localhost port 5000.*\n.*-p 8080:8080/);
    expect(connectionError(curl('curl example.com/'), running))
      .toMatch(/^curl: \(6\) Could not resolve host: example.com/);
    expect(connectionError(curl('curl https://localhost:8080/'), running)).toMatch(/\(35\)/);
  });

  it('refuses while no container runs, and says to press Run', () => {
    expect(connectionError(curl('curl localhost:8080/'), { port: 8080, running: false }))
      .toMatch(/Connection refused\n.*press Run/);
  });
});

describe('curlOutput', () => {
  const answer = { status: 404, headers: { 'Content-Type': 'application/json',
    'Content-Length': '40' }, body: '{"error":"Not Found","path":"/x"}\n' };

  it('prints the body alone, or the status line and headers first with -i', () => {
    expect(curlOutput(curl('curl localhost:8080/x'), answer)).toBe(
      '{"error":"Not Found","path":"/x"}');
    expect(curlOutput(curl('curl -i localhost:8080/x'), answer)).toBe([
      'HTTP/1.1 404 NOT FOUND', 'Content-Type: application/json', 'Content-Length: 40', '',
      '{"error":"Not Found","path":"/x"}'].join('\n'));
    expect(curlOutput(curl('curl -I localhost:8080/x'), answer)).toBe([
      'HTTP/1.1 404 NOT FOUND', 'Content-Type: application/json', 'Content-Length: 40']
      .join('\n'));
  });

  it('prints error 22 with -f on an HTTP error', () => {
    expect(curlOutput(curl('curl -f localhost:8080/x'), answer))
      .toBe('curl: (22) The requested URL returned error: 404');
    expect(statusLine(299)).toBe('HTTP/1.1 299 UNKNOWN');
  });
});
