/**
 * The image-name check (src/examples/check-image-names.ts): a command that uses an image under a
 * name the write-up never built, tagged or pulled; placeholders recognised as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkImageNames, normalizeImage, placeholdersOf, runImage,
} from '../../../src/examples/check-image-names.ts';

const root = join(import.meta.dirname, '../../..');
const SEED_004 = 'content/writeups/dockerization-of-flask-application.md';
const sh = (...lines: string[]): string => `\`\`\`bash\n${lines.join('\n')}\n\`\`\`\n`;

describe('checkImageNames', () => {
  it('finds the seed write-up that builds azazaki/… and runs <your-dockerhub-username>/…',
    () => {
    const text = readFileSync(join(root, SEED_004), 'utf8');
    const findings = checkImageNames(text, SEED_004);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ line: 60, column: 1, expectedLine: 46,
      used: '<your-dockerhub-username>/app_python:1.0', expected: 'azazaki/app_python:1.0',
      placeholders: ['<your-dockerhub-username>'] });
    expect(text.split('\n')[59]).toContain('docker run');
    expect(text.split('\n')[45]).toContain('docker build -t azazaki/app_python:1.0');
    expect(finding?.message).toMatch(new RegExp(`^${SEED_004}:60:1: `));
    expect(finding?.message).toContain('the names differ');
    expect(finding?.message).toContain('`<your-dockerhub-username>` is a placeholder');
  });

  it('finds nothing in the other write-ups (lab 02 tags before it pushes)', () => {
    const dir = join(root, 'content/writeups');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      if (`content/writeups/${name}` === SEED_004) continue;
      expect(checkImageNames(readFileSync(join(dir, name), 'utf8'), name), name).toEqual([]);
    }
  });

  it('accepts the same image under the names Docker gives it', () => {
    expect(checkImageNames(sh('docker build -t app .', 'docker run --rm -p 80:80 app:latest',
      'docker tag app me/app:1.0', 'docker push docker.io/me/app:1.0'), 'x.md')).toEqual([]);
    expect(checkImageNames(sh('$ docker build --tag=me/app:2 .', 'Step 1/5 : FROM python',
      '$ docker run -dit --name web me/app:2'), 'x.md')).toEqual([]);
  });

  it('finds a different tag of the same repository, at the command\'s line and column', () => {
    const findings = checkImageNames(`Intro.\n\n${sh('docker build -t shop:1.0 .',
      '  docker run -p 8080:80 shop:2.0')}`, 'x.md');
    expect(findings).toMatchObject([{ line: 5, column: 3, used: 'shop:2.0', expected: 'shop:1.0',
      placeholders: [] }]);
  });

  it('finds a push of a name never tagged', () => {
    const findings = checkImageNames(sh('docker build -t shop .', 'docker push me/shop:1.0'),
      'x.md');
    expect(findings.map((f) => f.used)).toEqual(['me/shop:1.0']);
  });

  it('leaves other images, variables and runs before any build alone', () => {
    expect(checkImageNames(sh('docker run -d redis:7', 'docker build -t shop .',
      'docker run -d -p 6379:6379 redis:7', 'docker run "$IMAGE"'), 'x.md')).toEqual([]);
  });

  it('does not count a pulled placeholder name as given, but a pulled real one', () => {
    expect(checkImageNames(sh('docker build -t me/shop:1 .', 'docker pull YOUR_USER/shop:1',
      'docker run YOUR_USER/shop:1'), 'x.md')).toHaveLength(1);
    expect(checkImageNames(sh('docker build -t me/shop:1 .', 'docker pull me/shop:2',
      'docker run me/shop:2'), 'x.md')).toEqual([]);
  });

  it('reads no Dockerfile or output block', () => {
    expect(checkImageNames(`${sh('docker build -t a .')}\`\`\`dockerfile\nRUN docker run b\n\`\`\``,
      'x.md')).toEqual([]);
  });
});

describe('helpers', () => {
  it('recognises placeholders', () => {
    expect(placeholdersOf('<your-dockerhub-username>/app:1.0'))
      .toEqual(['<your-dockerhub-username>']);
    expect(placeholdersOf('YOUR_USERNAME/app')).toEqual(['YOUR_USERNAME']);
    expect(placeholdersOf('{{ user }}/app')).toEqual(['{{ user }}']);
    expect(placeholdersOf('azazaki/app_python:1.0')).toEqual([]);
  });

  it('names images as Docker does', () => {
    expect(normalizeImage('app')).toBe('docker.io/library/app:latest');
    expect(normalizeImage('me/app:1.0')).toBe('docker.io/me/app:1.0');
    expect(normalizeImage('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(normalizeImage('ghcr.io/me/app:2')).toBe('ghcr.io/me/app:2');
  });

  it('finds the image among docker run\'s options', () => {
    expect(runImage(['-p', '5001:5001', 'me/app:1.0'])).toBe('me/app:1.0');
    expect(runImage(['-dp', '80:80', '--name=web', '--rm', 'app', 'sh'])).toBe('app');
    expect(runImage(['-it', '-e', 'A=1', '--network', 'host', 'app'])).toBe('app');
    expect(runImage(['-p8080:80', 'app'])).toBe('app');
  });
});
