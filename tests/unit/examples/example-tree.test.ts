import { describe, expect, it } from 'vitest';
import { mergeExampleTree, readTreeText } from '../../../src/examples/example-tree.ts';

const file = (path: string, text: string) => ({ path, data: new TextEncoder().encode(text) });

describe('mergeExampleTree', () => {
  it('puts the example over the app, leaves out example.yaml and sorts by path', () => {
    const tree = mergeExampleTree(
      [file('app.py', 'app'), file('requirements.txt', 'flask'), file('tests/t.py', 't')],
      [file('Dockerfile', 'FROM x'), file('example.yaml', 'title: x'), file('app.py', 'own')],
    );
    expect(tree.map((f) => f.path)).toEqual(['Dockerfile', 'app.py', 'requirements.txt',
      'tests/t.py']);
    expect(readTreeText(tree, 'app.py')).toBe('own');
  });

  it('joins the READMEs: the lesson, the run section, then the app', () => {
    const tree = mergeExampleTree([file('README.md', '## App\n')],
      [file('README.md', '# Lesson\n')], '## Run it yourself');
    expect(readTreeText(tree, 'README.md')).toBe('# Lesson\n\n## Run it yourself\n\n## App\n');
  });
});
