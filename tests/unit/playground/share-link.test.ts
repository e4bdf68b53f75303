/**
 * Tests for the Dockerfile kept in a link (src/shared/playground-link.ts): long and non-ASCII
 * Dockerfiles come back byte for byte, the link stays far shorter than the text, and a damaged,
 * foreign or oversized fragment is refused with a reason instead of a crash.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  decodeDockerfile, encodeDockerfile, MAX_LINKED_DOCKERFILE_BYTES, playgroundHref,
} from '../../../src/shared/playground-link.ts';

function roundTrip(text: string): string | undefined {
  const decoded = decodeDockerfile(`#${encodeDockerfile(text)}`);
  return decoded.kind === 'dockerfile' ? decoded.text : undefined;
}

/** A 600-line Dockerfile with no two lines alike. */
function longDockerfile(): string {
  const lines = ['FROM python:3.13-slim AS build'];
  for (let i = 0; i < 600; i++) lines.push(`RUN echo "step ${i}" > /tmp/f${i * 7919 % 1000}`);
  return `${lines.join('\n')}\nCMD ["python"]\n`;
}

describe('a Dockerfile kept in a link', () => {
  it('comes back unchanged: long, non-ASCII, CRLF, tabs, emoji, empty', () => {
    const samples = [
      longDockerfile(),
      'FROM alpine\nLABEL description="Ünïcödé — 日本語 — العربية" maintainer="Zoë"\n',
      'FROM alpine\r\nRUN echo "🐳 ship it" \\\r\n\t&& true\r\n',
      '# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  C:\\\n',
      '',
      '\u0000\uFFFD lone surrogates are not text: \uD83D',
    ];
    for (const text of samples.slice(0, 5)) expect(roundTrip(text)).toBe(text);
    // A lone surrogate cannot be UTF-8: it comes back as U+FFFD, as a browser would encode it.
    expect(roundTrip(samples[5] ?? '')).toBe('\u0000\uFFFD lone surrogates are not text: \uFFFD');
  });

  it('is much shorter than the Dockerfile, and URL-safe', () => {
    const text = longDockerfile();
    const fragment = encodeDockerfile(text);
    expect(fragment).toMatch(/^dockerfile=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(text.length / 4);
  });

  it('is built under the site base', () => {
    expect(playgroundHref('/', 'FROM a\n')).toMatch(/^\/playground\/#dockerfile=/);
    expect(playgroundHref('/courses/docker/', 'FROM a\n'))
      .toMatch(/^\/courses\/docker\/playground\/#dockerfile=/);
  });

  it('says when the fragment holds no Dockerfile, or a damaged one', () => {
    expect(decodeDockerfile('')).toEqual({ kind: 'none' });
    expect(decodeDockerfile('#section-2')).toEqual({ kind: 'none' });
    expect(decodeDockerfile('#dockerfile=<script>').kind).toBe('unreadable');
    const cut = encodeDockerfile(longDockerfile()).slice(0, 200);
    expect(decodeDockerfile(cut)).toEqual({ kind: 'unreadable',
      reason: 'the link is cut short or damaged' });
  });

  it('refuses more than 256 KB either way: too long to encode, and a deflate bomb', () => {
    expect(() => encodeDockerfile('x'.repeat(MAX_LINKED_DOCKERFILE_BYTES + 1)))
      .toThrow(/too long for a link/);
    const bomb = deflateSync(new Uint8Array(50 * MAX_LINKED_DOCKERFILE_BYTES).fill(65));
    const fragment = `dockerfile=${btoa(String.fromCharCode(...bomb))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect(fragment.length).toBeLessThan(20_000);
    expect(decodeDockerfile(fragment)).toEqual({ kind: 'unreadable',
      reason: 'the Dockerfile in the link is longer than 256 KB' });
  });
});
