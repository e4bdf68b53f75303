import { h, s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { diagramStart } from '../../../src/render/mermaid/diagram-start.ts';

const node = (x: number, y: number) =>
  s('g', { className: ['node', 'default'], transform: `translate(${x}, ${y})` }, [s('rect')]);

describe('diagramStart', () => {
  it('finds the topmost node, through the groups that move it', () => {
    const svg = s('svg', { viewBox: '0 0 1000 1100' }, [
      s('g', { className: ['root'] }, [s('g', { className: ['nodes'] }, [
        node(390, 227), node(556, 27.5), node(857, 227)])]),
    ]);
    expect(diagramStart(svg)).toBe(0.556);
    const moved = s('svg', { viewBox: '-100 0 1000 500' }, [
      s('g', { transform: 'translate(100, 0)' }, [node(400, 10), node(100, 300)])]);
    expect(diagramStart(moved)).toBe(0.6);
  });

  it('knows no start without a viewBox or nodes', () => {
    expect(diagramStart(s('svg', [node(1, 1)]))).toBeUndefined();
    expect(diagramStart(s('svg', { viewBox: '0 0 10 10' }, [h('p')]))).toBeUndefined();
  });
});
