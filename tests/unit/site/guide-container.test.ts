/**
 * The guide's own container (`Dockerfile`, `.dockerignore`, `deploy/nginx/default.conf`):
 * shipshape's own lint, run as a user runs it, finds nothing in it (non-root, a pinned base, a
 * health check, no file copied that `.dockerignore` leaves out); its server sends the site's
 * Content-Security-Policy, word for word; and the README's "Deploying" section says how to use it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/site/content-security-policy.ts';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe("the guide's own container", () => {
  it('passes `shipshape lint` with no finding at any level', () => {
    const result = spawnSync(process.execPath, [join(root, 'bin/shipshape.js'), 'lint',
      '--format', 'json', '--failure-threshold', 'style', 'Dockerfile'],
    { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.status).toBe(0);
  });

  it('runs as the unprivileged user on a base pinned to an exact release', () => {
    const dockerfile = read('Dockerfile');
    const from = /^FROM\s+(\S+)/m.exec(dockerfile)?.[1] ?? '';
    // An exact nginx and Alpine release (`1.28.0-alpine3.21-slim`), or a digest.
    const exact = String.raw`\d+\.\d+\.\d+-alpine\d+\.\d+[\w.-]*|[\w.-]+@sha256:[a-f0-9]{64}`;
    expect(from).toMatch(new RegExp(`^nginxinc/nginx-unprivileged:(?:${exact})$`));
    expect(dockerfile).toMatch(/^USER 101$/m);
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
  });

  it('sends the site\'s Content-Security-Policy and nosniff on every response', () => {
    const conf = read('deploy/nginx/default.conf');
    const policy = /add_header Content-Security-Policy "([^"]*)" always;/.exec(conf)?.[1];
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    // A location with add_header of its own would drop both for its files.
    expect(conf.match(/add_header/g)).toHaveLength(2);
    expect(conf).toMatch(/^\s*listen 8080;$/m);
  });

  it('sends only the built site and the server configuration to the builder', () => {
    const ignore = read('.dockerignore').split('\n').filter((line) => !line.startsWith('#'));
    expect(ignore.filter((line) => line.trim() !== ''))
      .toEqual(['*', '!dist/', '!deploy/nginx/']);
  });

  it('is documented in the README\'s "Deploying" section', () => {
    const readme = read('README.md');
    const deploying = readme.slice(readme.indexOf('## Deploying'),
      readme.indexOf('\n## ', readme.indexOf('## Deploying') + 1));
    expect(deploying).toContain('docker build -t shipshape-guide .');
    expect(deploying).toContain('docker run --rm -p 8080:8080 shipshape-guide');
  });
});
