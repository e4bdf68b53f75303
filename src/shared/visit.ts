/**
 * Shared (every Markdown step): `visit` and `visitParents` with the signatures, types and
 * behaviour of unist-util-visit and unist-util-visit-parents (tests, `enter`/`exit` visitors,
 * `reverse`, SKIP / EXIT / an index to go on from), less one statement. For every node they
 * walk, the libraries give the function that visits it a new `name` with
 * `Object.defineProperty`, so that a stack trace names the node; that call is about 80 % of a
 * walk's time (a 1,061-node tree: 1.1 ms a walk, 0.25 ms without it), and shipshape's steps
 * walk every page's tree some 60 times: about 1 s of a clean build's CPU at 200 write-ups
 * (docs/benchmarks.md, "Tree walks without naming each node"). `tests/unit/shared/visit.test.ts`
 * checks that both walk every tree the libraries walk, in the same order, with the same
 * arguments and the same answers to every result a visitor may give.
 */
import { convert } from 'unist-util-is';
import type { Node, Parent } from 'unist';
import type { visit as libraryVisit } from 'unist-util-visit';
import type { visitParents as libraryVisitParents } from 'unist-util-visit-parents';

export { CONTINUE, EXIT, SKIP } from 'unist-util-visit-parents';

type Action = boolean | 'skip';
type ActionTuple = readonly [Action?, number?];
type Enter = (node: Node, parents: Parent[], index: number | undefined) => unknown;
type Exit = Enter;

const EMPTY: ActionTuple = [];

function toResult(value: unknown): ActionTuple {
  if (Array.isArray(value)) return value as unknown as ActionTuple;
  if (typeof value === 'number') return [true, value];
  return value === null || value === undefined ? EMPTY : [value as Action];
}

function visitorsOf(visitors: unknown): { enter?: Enter | undefined; exit?: Exit | undefined } {
  if (typeof visitors === 'function') return { enter: visitors as Enter };
  if (visitors && typeof visitors === 'object') {
    const { enter, exit } = visitors as { enter?: unknown; exit?: unknown };
    if (enter !== null && enter !== undefined && typeof enter !== 'function') {
      throw new Error(`Unexpected value \`${String(enter)}\` for \`visitors.enter\`, ` +
        'expected optional visitor');
    }
    if (typeof exit !== 'function') {
      throw new Error(`Unexpected value \`${String(exit)}\` for \`visitors.exit\`, expected ` +
        'visitor (pass a visitor directly if you only want an enter visitor)');
    }
    return { enter: (enter ?? undefined) as Enter | undefined, exit: exit as Exit };
  }
  throw new Error(`Unexpected value \`${String(visitors)}\` for \`enter\` or \`visitors\`, ` +
    'expected visitor or object with visitors');
}

/**
 * `shared`: the visitors read the ancestors only while they are called (`visit` hands on the
 * parent alone), so one stack serves the whole walk; `visitParents` hands the array itself to
 * its visitors, which may keep it, so each level gets its own copy, as the library gives.
 */
function walk(tree: unknown, check: unknown, visitors: unknown, preorder: boolean,
  shared = false): void {
  if (!tree || typeof tree !== 'object') {
    throw new Error(`Unexpected value \`${String(tree)}\` for \`tree\`, expected node`);
  }
  const { enter, exit } = visitorsOf(visitors);
  const is = convert(check as Parameters<typeof convert>[0]);
  const step = preorder ? 1 : -1;
  const one = (node: Node, index: number | undefined, parents: Parent[]): ActionTuple => {
    const matches = !check || is(node, index, parents[parents.length - 1]);
    let result = EMPTY;
    if (enter && matches) {
      result = toResult(enter(node, parents, index));
      if (result[0] === false) return result;
    }
    const children = (node as Partial<Parent>).children;
    if (children && result[0] !== 'skip') {
      const parent = node as Parent;
      const grandparents = shared ? parents : [...parents, parent];
      if (shared) parents.push(parent);
      let offset = (preorder ? -1 : parent.children.length) + step;
      while (offset > -1 && offset < parent.children.length) {
        const sub = one(parent.children[offset] as Node, offset, grandparents);
        if (sub[0] === false) {
          if (shared) parents.pop();
          return sub;
        }
        offset = typeof sub[1] === 'number' ? sub[1] : offset + step;
      }
      if (shared) parents.pop();
    }
    if (exit && matches) {
      const exitResult = toResult(exit(node, parents, index));
      if (exitResult[0] === 'skip') {
        throw new Error('Unexpected value `skip` from `exit`, expected `CONTINUE`, `EXIT`, ' +
          'index, or nothing');
      }
      if (exitResult[0] === false || typeof exitResult[1] === 'number') return exitResult;
    }
    return result;
  };
  one(tree as Node, undefined, []);
}

/** A test and visitors, or visitors alone, then `reverse`: the libraries' arguments sorted. */
function sortArguments(testOrVisitors: unknown, visitorsOrReverse: unknown, reverse: unknown):
  { check: unknown; visitors: unknown; preorder: boolean } {
  if (typeof visitorsOrReverse === 'function' ||
    (visitorsOrReverse && typeof visitorsOrReverse === 'object')) {
    return { check: testOrVisitors, visitors: visitorsOrReverse, preorder: !reverse };
  }
  return { check: undefined, visitors: testOrVisitors, preorder: !visitorsOrReverse };
}

/** As unist-util-visit-parents's `visitParents`: visitors get `(node, ancestors)`. */
export const visitParents = ((tree: unknown, testOrVisitors: unknown,
  visitorsOrReverse?: unknown, reverse?: unknown): void => {
  const { check, visitors, preorder } = sortArguments(testOrVisitors, visitorsOrReverse, reverse);
  walk(tree, check, visitors, preorder);
}) as typeof libraryVisitParents;

const withIndex = (visitor: unknown): unknown => typeof visitor !== 'function' ? visitor
  : (node: Node, parents: Parent[], index: number | undefined) =>
    (visitor as (n: Node, i: number | undefined, p: Parent | undefined) => unknown)(node, index,
      parents[parents.length - 1]);

/** As unist-util-visit's `visit`: visitors get `(node, index, parent)`. */
export const visit = ((tree: unknown, testOrVisitors: unknown, visitorsOrReverse?: unknown,
  reverse?: unknown): void => {
  const { check, visitors, preorder } = sortArguments(testOrVisitors, visitorsOrReverse, reverse);
  const wrapped = visitors && typeof visitors === 'object'
    ? { enter: withIndex((visitors as { enter?: unknown }).enter),
      exit: withIndex((visitors as { exit?: unknown }).exit) }
    : withIndex(visitors);
  walk(tree, check, wrapped, preorder, true);
}) as typeof libraryVisit;
