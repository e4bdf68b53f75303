/**
 * Playground, browser: the stage graph beside the editor, drawn as SVG with DOM calls. Stages
 * are boxes top to bottom in file order ("build (python:3.13-slim)"); an arrow on the right runs
 * from a stage to each later stage that copies from it, mounts it or is built on it. Images a
 * step copies from are named in the list under the drawing, which says in words everything the
 * drawing shows (the SVG itself is an image with a one-line label).
 */
import { stageLabel, type StageGraph } from '../stage-graph.ts';

const SVG = 'http://www.w3.org/2000/svg';
const BOX_HEIGHT = 34;
const GAP = 22;
const BOX_WIDTH = 240;
const LANE = 12;

function svg<K extends keyof SVGElementTagNameMap>(tag: K,
  attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A stage's label cut to fit its box (the full label is in the list below). */
function fit(label: string, max = 34): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

interface Arrow { from: number; to: number; text: string }

/** Every stage-to-stage arrow, with what it carries, and the sentences for the list. */
export function graphArrows(graph: StageGraph): { arrows: Arrow[]; sentences: string[] } {
  const name = (index: number) => {
    const stage = graph.stages[index];
    return stage ? stageLabel(stage) : `stage ${index}`;
  };
  const arrows: Arrow[] = [];
  const sentences: string[] = [];
  for (const stage of graph.stages) {
    if (stage.baseStage !== undefined) {
      arrows.push({ from: stage.baseStage, to: stage.index, text: 'FROM' });
      sentences.push(`${name(stage.index)} is built on ${name(stage.baseStage)} (line ` +
        `${stage.line}).`);
    }
  }
  for (const edge of graph.edges) {
    const verb = edge.kind === 'copy' ? 'copies' : 'mounts';
    const what = edge.what === '' ? '' : ` ${edge.what}`;
    if ('stage' in edge.from) {
      arrows.push({ from: edge.from.stage, to: edge.to, text: edge.kind === 'copy' ? 'COPY'
        : 'mount' });
      sentences.push(`${name(edge.to)} ${verb}${what} from ${name(edge.from.stage)} ` +
        `(line ${edge.line}).`);
    } else {
      sentences.push(`${name(edge.to)} ${verb}${what} from the image ${edge.from.image} ` +
        `(line ${edge.line}).`);
    }
  }
  return { arrows, sentences };
}

export function renderStageGraph(container: HTMLElement, graph: StageGraph): void {
  const { arrows, sentences } = graphArrows(graph);
  const lanes = Math.max(arrows.length, 1);
  const width = BOX_WIDTH + 16 + lanes * LANE;
  const height = Math.max(graph.stages.length * (BOX_HEIGHT + GAP) - GAP, BOX_HEIGHT) + 4;
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height,
    role: 'img', class: 'playground-graph-svg' });
  const count = graph.stages.length;
  drawing.setAttribute('aria-label', count === 0 ? 'No stages yet'
    : `${count} stage${count === 1 ? '' : 's'}, ${arrows.length} link${
      arrows.length === 1 ? '' : 's'} between them; listed below`);
  const top = (index: number) => 2 + index * (BOX_HEIGHT + GAP);
  const marker = svg('marker', { id: 'playground-arrow', viewBox: '0 0 8 8', refX: 7, refY: 4,
    markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M0,0 L8,4 L0,8 z', class: 'playground-graph-head' }));
  const defs = svg('defs', {});
  defs.append(marker);
  drawing.append(defs);
  graph.stages.forEach((stage, index) => {
    const box = svg('g', { class: 'playground-graph-stage' });
    box.append(svg('rect', { x: 1, y: top(index), width: BOX_WIDTH, height: BOX_HEIGHT,
      rx: 5 }));
    const text = svg('text', { x: 10, y: top(index) + BOX_HEIGHT / 2 + 5 });
    text.textContent = fit(stageLabel(stage));
    box.append(text);
    drawing.append(box);
  });
  arrows.forEach((arrow, lane) => {
    const x = BOX_WIDTH + 8 + lane * LANE;
    const y1 = top(arrow.from) + BOX_HEIGHT / 2;
    const y2 = top(arrow.to) + BOX_HEIGHT / 2;
    drawing.append(svg('path', { d: `M${BOX_WIDTH + 1},${y1} H${x} V${y2} H${BOX_WIDTH + 3}`,
      class: `playground-graph-edge playground-graph-${arrow.text.toLowerCase()}`,
      'marker-end': 'url(#playground-arrow)' }));
  });
  const list = document.createElement('ul');
  list.className = 'playground-graph-list';
  const stages = graph.stages.map((stage) => `${stageLabel(stage)}: FROM on line ${stage.line}.`);
  const items = [...stages, ...(sentences.length > 0 ? sentences
    : count > 1 ? ['No stage copies from another.'] : [])];
  list.replaceChildren(...items.map((sentence) => {
    const item = document.createElement('li');
    item.textContent = sentence;
    return item;
  }));
  container.replaceChildren(drawing, list);
}
