/**
 * The one reading of a fence's language label: every spelling authors use for a Dockerfile reads
 * as `dockerfile` (linted and highlighted alike), and the highlighter check knows which labels
 * Expressive Code would show as plain text.
 */
import { describe, expect, it } from 'vitest';
import { isHighlightable } from '../../../src/ingest/remark-code-languages.ts';
import { codeLanguage, isDockerfileLanguage } from '../../../src/shared/code-language.ts';

describe('codeLanguage', () => {
  it('reads every Dockerfile spelling as `dockerfile`', () => {
    for (const label of ['Dockerfile', 'dockerfile', 'DOCKERFILE', 'docker', 'Docker',
      'Containerfile', 'containerfile', ' Dockerfile ']) {
      expect(codeLanguage(label), label).toBe('dockerfile');
      expect(isDockerfileLanguage(label), label).toBe(true);
    }
  });

  it('lower-cases other labels and maps the ones without a grammar of their own', () => {
    expect(codeLanguage('YAML')).toBe('yaml');
    expect(codeLanguage('Bash')).toBe('bash');
    expect(codeLanguage('docker-compose')).toBe('yaml');
    expect(codeLanguage('.dockerignore')).toBe('dockerignore');
    expect(codeLanguage(undefined)).toBe('');
    expect(isDockerfileLanguage('bash')).toBe(false);
    expect(isDockerfileLanguage(null)).toBe(false);
  });
});

describe('isHighlightable', () => {
  it('knows the labels the highlighter has a grammar or a name for', () => {
    const labels = ['dockerfile', 'bash', 'yaml', 'python', 'text', 'dockerignore', 'mermaid'];
    for (const label of labels) {
      expect(isHighlightable(label), label).toBe(true);
    }
  });

  it('does not take a capitalised label or a typo for a known one', () => {
    // Shiki matches exactly: this is why labels are lower-cased before the highlighter sees them.
    expect(isHighlightable('Dockerfile')).toBe(false);
    expect(isHighlightable('pythn')).toBe(false);
    expect(isHighlightable('constructor')).toBe(false);
  });
});
