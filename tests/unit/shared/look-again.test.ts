/**
 * Unit tests: a file read for a watcher's event is handled again when it changes afterwards
 * (chokidar drops a file's second change within 50 ms), and only then.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookAgain } from '../../../src/shared/look-again.ts';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lookAgain', () => {
  it('calls again when the file changed, went or came; not when it stayed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'look-again-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, '');
    const calls: string[] = [];
    lookAgain(file, () => calls.push('written'), 30);
    writeFileSync(file, 'FROM alpine\n');
    const kept = join(dir, 'kept');
    writeFileSync(kept, 'same');
    lookAgain(kept, () => calls.push('kept'), 30);
    const gone = join(dir, 'gone');
    writeFileSync(gone, 'x');
    lookAgain(gone, () => calls.push('deleted'), 30);
    rmSync(gone);
    const late = join(dir, 'late');
    lookAgain(late, () => calls.push('appeared'), 30);
    writeFileSync(late, 'y');
    await wait(120);
    expect(calls.sort()).toEqual(['appeared', 'deleted', 'written']);
    rmSync(dir, { recursive: true, force: true });
  });
});
