import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkPublishedPorts, publishedPorts,
} from '../../../src/examples/check-published-ports.ts';

const root = join(import.meta.dirname, '../../..');
const SEED_004 = 'content/writeups/dockerization-of-flask-application.md';

describe('checkPublishedPorts', () => {
  it('finds the seed write-up that publishes 5001 and sends the reader to 5000', () => {
    const text = readFileSync(join(root, SEED_004), 'utf8');
    const findings = checkPublishedPorts(text, SEED_004);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ line: 64, column: 1, port: 5000, published: [5001],
      runLine: 60 });
    expect(finding?.message.startsWith(`${SEED_004}:64:1: `)).toBe(true);
    expect(text.split('\n')[63]).toBe('http://localhost:5000');
  });

  it('finds nothing in the other write-ups', () => {
    const dir = join(root, 'content/writeups');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      if (`content/writeups/${name}` === SEED_004) continue;
      expect(checkPublishedPorts(readFileSync(join(dir, name), 'utf8'), name)).toEqual([]);
    }
  });

  it('reads curl and prose after docker run, and skips output and Dockerfiles', () => {
    const md = [
      '```sh', 'docker run -d \\', '  -p 8080:80 nginx', 'curl localhost:80', '```', '',
      'Then open <http://localhost:8080>, not http://127.0.0.1:9000.', '',
      '```dockerfile', 'HEALTHCHECK CMD curl -f http://localhost:80/', '```', '',
      '```console', '$ docker logs web', 'Running on http://127.0.0.1:5000', '```',
    ].join('\n');
    const findings = checkPublishedPorts(md, 'x.md');
    expect(findings.map((f) => [f.line, f.port])).toEqual([[4, 80], [7, 9000]]);
    expect(findings[0]?.runLine).toBe(2);
  });

  it('ignores URLs before any docker run, and runs whose host ports are not written', () => {
    expect(checkPublishedPorts('Open http://localhost:3000\n\n```sh\ndocker run -p 80:80 x\n```',
      'x.md')).toEqual([]);
    expect(checkPublishedPorts('```sh\ndocker run -P x\ncurl localhost:1234\n```', 'x.md'))
      .toEqual([]);
  });
});

describe('publishedPorts', () => {
  it('reads the forms of -p', () => {
    expect(publishedPorts('docker run -p 5001:5001 img')).toEqual([5001]);
    expect(publishedPorts('docker run --publish=127.0.0.1:8080:80/tcp -p9000:90 img'))
      .toEqual([8080, 9000]);
    expect(publishedPorts('docker run -p 8000-8002:8000-8002 img')).toEqual([8000, 8001, 8002]);
    expect(publishedPorts('docker run -p 80 img')).toBeUndefined();
    expect(publishedPorts('docker run --network host img')).toBeUndefined();
    expect(publishedPorts('docker run img')).toEqual([]);
  });
});
