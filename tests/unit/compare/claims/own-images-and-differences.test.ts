/**
 * Size claims seen wrong on real write-ups: a line after a `\` hard break read as part of the
 * line before it, a difference ("20MB heavier") read as a size, and the author's own images
 * read as base images. A difference is not a size; an image the author built is not a base.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../../src/compare/claims/extract-claims.ts';

const dockerfile =
  '```dockerfile\nFROM python:3.12-slim\nCOPY . .\nCMD ["python", "app.py"]\n```\n';

/** `image subject "value"` for each size claim. */
function sizes(markdown: string): string[] {
  return extractClaims(`${dockerfile}\n${markdown}`, 'x.md').claims
    .filter((claim) => claim.property === 'size')
    .map((claim) => `${claim.image ?? '(none)'} ${claim.subject} "${claim.value}"`);
}

describe('a line after a hard break', () => {
  it('is a line of its own: "Default one: 183 MB" is not distroless\'s size', () => {
    const text = 'I made a distroless version too. Sizes:\\\nDistroless one: 203 MB\\\n' +
      'Default one: 183 MB\n';
    expect(sizes(text)).toEqual([
      'distroless final-image "203 MB"',
      'python:3.12-slim final-image "183 MB"',
    ]);
  });

  it('is one also after two trailing spaces, or as a label line without a hard break', () => {
    expect(sizes('Distroless one: 203 MB  \nDefault one: 183 MB\n')).toEqual([
      'distroless final-image "203 MB"', 'python:3.12-slim final-image "183 MB"',
    ]);
    expect(sizes('Alpine: ~50 MB\nSlim: ~130 MB\n')).toEqual([
      'alpine base-image "~50 MB"', 'slim base-image "~130 MB"',
    ]);
  });

  it('leaves no backslash in the context shown', () => {
    const { claims } = extractClaims(
      `${dockerfile}\nDistroless one: 203 MB\\\nDefault one: 183 MB\n`, 'x.md');
    expect(claims.map((claim) => claim.context)).toEqual([
      'Distroless one: 203 MB', 'Default one: 183 MB',
    ]);
  });
});

describe('a comparative', () => {
  it('is a difference, not a size: "almost 20MB heavier than original"', () => {
    expect(sizes('The distroless image is almost 20MB heavier than original.\n')).toEqual([]);
  });

  it('is a difference in other phrasings too', () => {
    for (const text of [
      'The slim image is 40 MB smaller than the full one.',
      'Alpine is smaller by ~70MB.',
      'Using `--no-cache-dir` saved 30MB in the final image.',
      'Distroless adds an extra 15 MB over Alpine.',
      'The alpine image is +20MB after adding curl.',
      'Образ alpine на 20 МБ меньше.',
    ]) {
      expect(sizes(`${text}\n`), text).toEqual([]);
    }
  });

  it('leaves the sizes around it: "20 MB more than `python:3.12-alpine` (~50 MB)"', () => {
    expect(sizes('The slim image is 20 MB more than `python:3.12-alpine` (~50 MB).\n'))
      .toEqual(['python:3.12-alpine base-image "~50 MB"']);
  });

  it('is not a size shown next to a comparative word before it', () => {
    // "even smaller (~50MB)": the size of the image, not a difference.
    expect(sizes('`python:3.13-alpine` is even smaller (~50MB).\n'))
      .toEqual(['python:3.13-alpine base-image "~50MB"']);
    expect(sizes('Alpine - 50MB.\n')).toEqual(['alpine base-image "50MB"']);
  });
});

describe('an image the author built', () => {
  const build = '```bash\ndocker build -t app_python:1.0 .\n' +
    'docker build -f distroless.Dockerfile -t app_python:distroless .\n```\n\n';

  it('is not a base image when named by its tag in prose', () => {
    expect(sizes(`${build}My image \`app_python:1.0\` is 183 MB and ` +
      '`app_python:distroless` is 203 MB.\n')).toEqual([
      'python:3.12-slim final-image "183 MB"',
      'distroless final-image "203 MB"',
    ]);
  });

  it('is not a base image when a table row or column is its tag', () => {
    expect(sizes(`${build}| Image | Size |\n|---|---|\n| \`app_python:1.0\` | 183 MB |\n` +
      '| `app_python:distroless` | 203 MB |\n| `python:3.12-slim` | 130 MB |\n')).toEqual([
      'python:3.12-slim final-image "183 MB"',
      'distroless final-image "203 MB"',
      'python:3.12-slim base-image "130 MB"',
    ]);
    expect(sizes(`${build}| Aspect | \`app_python:1.0\` | \`app_python:distroless\` |\n` +
      '|---|---|---|\n| Size | 183 MB | 203 MB |\n')).toEqual([
      'python:3.12-slim final-image "183 MB"',
      'distroless final-image "203 MB"',
    ]);
  });

  it('is not a base image when called "my image", "the distroless one" or "-based"', () => {
    expect(sizes('My image is 183 MB.\n')).toEqual(['python:3.12-slim final-image "183 MB"']);
    expect(sizes('The distroless one is 203 MB.\n'))
      .toEqual(['distroless final-image "203 MB"']);
    expect(sizes('The distroless-based image weighs 203 MB, while `python:3.12-slim` is ' +
      '~130 MB.\n')).toEqual([
      'distroless final-image "203 MB"', 'python:3.12-slim base-image "~130 MB"',
    ]);
  });

  it('leaves a base image named by its reference a base image', () => {
    expect(sizes('The `python:3.12-slim` base image is ~130 MB.\n'))
      .toEqual(['python:3.12-slim base-image "~130 MB"']);
  });
});
