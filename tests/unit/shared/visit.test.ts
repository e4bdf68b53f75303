/**
 * src/shared/visit.ts against the libraries it stands in for: on random trees, with every kind
 * of test and every result a visitor may give (nothing, CONTINUE, SKIP, EXIT, an index to go on
 * from, a tuple), visitors that remove or insert nodes as they go, `enter`/`exit` pairs and
 * `reverse`, both walk the same nodes in the same order with the same arguments, and leave the
 * same tree.
 */
import type { Node, Parent } from 'unist';
import { visit as libraryVisit } from 'unist-util-visit';
import { visitParents as libraryVisitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import { CONTINUE, EXIT, SKIP, visit, visitParents } from '../../../src/shared/visit.ts';
import { seededRandom } from '../../../scripts/seeded-random.ts';

interface TestNode extends Node {
  id: number;
  tag?: string;
  children?: TestNode[];
}

const TYPES = ['root', 'paragraph', 'text', 'code', 'element'];

function tree(next: () => number): TestNode {
  let id = 0;
  const make = (depth: number): TestNode => {
    const type = depth === 0 ? 'root' : TYPES[1 + Math.floor(next() * 4)]!;
    const node: TestNode = { type, id: id++, ...(next() < 0.3 ? { tag: 'a' } : {}) };
    if (depth < 4 && (depth === 0 || next() < 0.6)) {
      node.children = Array.from({ length: Math.floor(next() * 5) }, () => make(depth + 1));
    }
    return node;
  };
  return make(0);
}

type Plan = (node: TestNode, index: number | undefined, parent: Parent | undefined,
  call: number) => unknown;

/** What a visitor does at its `call`-th call, the same for both walks (no randomness inside). */
function plan(seed: number, reverse: boolean): Plan {
  const choices = Array.from({ length: 400 }, seededRandom(seed));
  let added = 10_000;
  return (_node, index, parent, call) => {
    const pick = choices[call % choices.length]!;
    const siblings = parent?.children as TestNode[] | undefined;
    if (pick < 0.35) return undefined;
    if (pick < 0.45) return CONTINUE;
    if (pick < 0.55) return SKIP;
    if (pick < 0.57 && call > 5) return EXIT;
    if (siblings !== undefined && index !== undefined) {
      if (pick < 0.65) {
        siblings.splice(index, 1);
        return reverse ? index - 1 : index;
      }
      if (pick < 0.72) {
        siblings.splice(index, 1, { type: 'text', id: added++ }, { type: 'code', id: added++ });
        return reverse ? index - 1 : index + 2;
      }
      if (pick < 0.8) return reverse ? index - 2 : index + 2;
      if (pick < 0.85) return [SKIP, reverse ? index - 1 : index + 1];
    }
    return [CONTINUE];
  };
}

const TESTS: Array<[string, unknown]> = [
  ['none', undefined],
  ['a type', 'code'],
  ['types', ['text', 'paragraph']],
  ['properties', { tag: 'a' }],
  ['a function', (node: TestNode) => node.id % 3 === 0],
];

type Call = [string, number, number | undefined, number | undefined, number[]?];

function walkBoth(seed: number, testAt: number, reverse: boolean, kind: 'visit' | 'parents',
  exitToo: boolean): { library: [Call[], TestNode]; ours: [Call[], TestNode] } {
  const base = tree(seededRandom(seed));
  const [, test] = TESTS[testAt]!;
  const run = (which: 'library' | 'ours'): [Call[], TestNode] => {
    const copy = structuredClone(base);
    const calls: Call[] = [];
    const act = plan(seed * 7 + 1, reverse);
    const log = (phase: string, node: TestNode, index: number | undefined,
      parent: Parent | undefined, parents?: Parent[]): unknown => {
      calls.push([phase, node.id, index, (parent as TestNode | undefined)?.id,
        ...(parents === undefined ? [] : [parents.map((p) => (p as TestNode).id)])] as Call);
      return act(node, index, parent, calls.length);
    };
    if (kind === 'visit') {
      const enter = (n: Node, i: number | undefined, p: Parent | undefined) =>
        log('enter', n as TestNode, i, p);
      const exit = (n: Node, i: number | undefined, p: Parent | undefined) => {
        const result = log('exit', n as TestNode, i, p);
        return result === SKIP || (Array.isArray(result) && result[0] === SKIP) ? undefined
          : result;
      };
      const visitors = exitToo ? { enter, exit } : enter;
      const walk = which === 'library' ? libraryVisit : visit;
      (walk as (...args: unknown[]) => void)(copy, test, visitors, reverse);
    } else {
      const enter = (n: Node, parents: Parent[]) => log('enter', n as TestNode,
        parents.length === 0 ? undefined
          : (parents.at(-1)!.children as Node[]).indexOf(n), parents.at(-1), parents);
      const walk = which === 'library' ? libraryVisitParents : visitParents;
      (walk as (...args: unknown[]) => void)(copy, test, enter, reverse);
    }
    return [calls, copy];
  };
  return { library: run('library'), ours: run('ours') };
}

describe('visit and visitParents', () => {
  it('walk as unist-util-visit and unist-util-visit-parents do, on 3,000 random cases', () => {
    let compared = 0;
    let calls = 0;
    for (let seed = 1; seed <= 300; seed++) {
      for (let testAt = 0; testAt < TESTS.length; testAt++) {
        const reverse = seed % 2 === 0;
        for (const kind of ['visit', 'parents'] as const) {
          const { library, ours } = walkBoth(seed, testAt, reverse, kind, seed % 3 === 0);
          expect(ours[0], `seed ${seed}, test ${TESTS[testAt]![0]}, ${kind}`)
            .toEqual(library[0]);
          expect(ours[1]).toEqual(library[1]);
          compared += 1;
          calls += library[0].length;
        }
      }
    }
    expect(compared).toBe(3000);
    // The cases do reach deep trees and many calls, not only empty walks.
    expect(calls).toBeGreaterThan(10_000);
  });

  it('accept a visitor without a test, and SKIP, EXIT as the libraries export them', () => {
    const root = { type: 'root', children: [{ type: 'a', children: [{ type: 'b' }] },
      { type: 'c' }] };
    const seen: string[] = [];
    visit(root, (node) => {
      seen.push(node.type);
      return node.type === 'a' ? SKIP : node.type === 'c' ? EXIT : undefined;
    });
    expect(seen).toEqual(['root', 'a', 'c']);
  });

  it('give visitParents visitors ancestors they may keep (visit walks with one stack)', () => {
    const root = { type: 'root', children: [{ type: 'a', children: [{ type: 'b' }] },
      { type: 'c', children: [{ type: 'd' }] }] };
    const kept: string[][] = [];
    const arrays: unknown[] = [];
    visitParents(root, (_node, ancestors) => {
      arrays.push(ancestors);
      kept.push(ancestors.map((a) => a.type));
    });
    // After the walk, each array still names the ancestors it was handed with.
    expect(arrays.map((a) => (a as Node[]).map((n) => n.type))).toEqual(kept);
    expect(kept).toEqual([[], ['root'], ['root', 'a'], ['root'], ['root', 'c']]);
    const parents: Array<string | undefined> = [];
    visit(root, (_node, _index, parent) => {
      parents.push(parent?.type);
    });
    expect(parents).toEqual([undefined, 'root', 'a', 'root', 'c']);
  });

  it('refuse what the libraries refuse, with their messages', () => {
    const root = { type: 'root', children: [] };
    expect(() => visit(undefined as unknown as Node, () => undefined))
      .toThrow(/for `tree`, expected node/);
    expect(() => libraryVisit(undefined as unknown as Node, () => undefined))
      .toThrow(/for `tree`, expected node/);
    const bad = { enter: () => undefined } as unknown as () => undefined;
    expect(() => visit(root, 'x', bad)).toThrow(/for `visitors.exit`/);
    expect(() => libraryVisit(root, 'x', bad)).toThrow(/for `visitors.exit`/);
    const skipOnExit = { enter: () => undefined, exit: () => SKIP as never };
    expect(() => visit(root, skipOnExit)).toThrow(/from `exit`/);
    expect(() => libraryVisit(root, skipOnExit)).toThrow(/from `exit`/);
  });
});
