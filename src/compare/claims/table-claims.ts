/**
 * Analyse stage, comparisons: claims in GFM tables. Three shapes are read:
 * - images as columns, aspects as rows (`| Aspect | Alpine | Distroless |` then `Size`,
 *   `Shell`…), each column's image taken from a `Base Image` row or else from its header;
 * - images as rows, aspects as columns (`| Image | Size | Shell |`);
 * - the author's build stages as rows (`| Stage | Size | Contents |`): sizes of their own images.
 * Any other table is not a comparison; the caller reads its cells as prose.
 */
import type { Table } from 'mdast';
import {
  isAspectHeader, isBaseImageLabel, isFinalImageLabel, isImageHeader, isNoValue, isStageHeader,
  propertyOf,
} from './aspects.ts';
import { IMAGE_FAMILIES } from './image-matcher.ts';
import { ownImage } from './own-images.ts';
import { findMentions } from './mentions.ts';
import { findSizes } from './parse-size.ts';
import { plainText } from './plain-text.ts';
import { display, type ProseEnv } from './sentence-claims.ts';
import type { Claim, ClaimProperty, ClaimSubject, UnparsedClaim } from './types.ts';

interface Row {
  cells: string[];
  line: number;
  context: string;
}

interface Out {
  claims: Claim[];
  unparsed: UnparsedClaim[];
}

/** Stage-table rows that give a saving, not a stage ("Size Reduction | 70MB"). */
const DIFFERENCE =
  /reduction|saving|saved|difference|delta|diff|экономи|разниц|уменьшени/iu;

/** Properties that come with the base image and that a Dockerfile rarely changes. */
const INHERITED: readonly ClaimProperty[] = ['shell', 'package-manager', 'libc'];

function rowsOf(table: Table, markdown: string, env: ProseEnv): Row[] {
  return table.children.map((row) => {
    const start = row.position?.start.offset ?? 0;
    const end = row.position?.end.offset ?? start;
    return {
      cells: row.children.map((cell) => plainText(cell, markdown).trim()),
      line: env.lineOf?.(row) ?? row.position?.start.line ?? 0,
      context: display(markdown.slice(start, end)),
    };
  });
}

/** The image a cell names: a reference before a bare variant word. */
function imageIn(text: string | undefined, env: ProseEnv): string | undefined {
  if (text === undefined) return undefined;
  const images = findMentions(text, env.matcher).map((mention) => mention.image);
  const families = IMAGE_FAMILIES as readonly string[];
  return images.find((image) => !families.includes(image)) ?? images[0];
}

function isSpecific(image: string | undefined): boolean {
  return image !== undefined && !(IMAGE_FAMILIES as readonly string[]).includes(image);
}

/**
 * The claims one cell makes. A size cell with several sizes (`~60 MB (25 MB compressed)`) makes
 * one claim per size, each with its own text as value.
 */
function cellClaims(
  base: Omit<Claim, 'value' | 'size'>,
  value: string,
  out: Out,
): void {
  if (base.property !== 'size') {
    out.claims.push({ ...base, value });
    return;
  }
  const sizes = findSizes(value);
  if (sizes.length === 0) {
    out.unparsed.push({ file: base.file, line: base.line, text: base.context,
      reason: `\`${value}\`: no size in a size cell` });
  }
  for (const found of sizes) {
    out.claims.push({ ...base, value: sizes.length === 1 ? value : found.size.raw,
      size: found.size });
  }
}

function noImage(out: Out, env: ProseEnv, row: Row, value: string, where: string): void {
  out.unparsed.push({ file: env.file, line: row.line, text: row.context,
    reason: `\`${value}\`: the ${where} names no image` });
}

function byColumns(header: Row, body: Row[], env: ProseEnv, out: Out): void {
  const baseRow = body.find((row) => isBaseImageLabel(row.cells[0] ?? ''));
  const columns = header.cells.map((label, index) => {
    const fromBase = imageIn(baseRow?.cells[index], env);
    const fromHeader = imageIn(label, env);
    const image = isSpecific(fromBase) ? fromBase : isSpecific(fromHeader) ? fromHeader
      : (fromBase ?? fromHeader);
    // A column named by the author's own tag (`app_python:1.0`) is their image.
    const own = image === undefined ? ownImage(label, env.ownImages) : undefined;
    if (own) return { label, image: own.family ?? env.baseImage, final: true };
    return { label, image, final: isFinalImageLabel(label) };
  });
  for (const row of body) {
    if (row === baseRow) continue;
    const [label = '', ...values] = row.cells;
    const property = propertyOf(label, values);
    values.forEach((value, at) => {
      const column = columns[at + 1];
      if (isNoValue(value) || !column) return;
      if (column.image === undefined) {
        noImage(out, env, row, value, `column \`${column.label}\``);
        return;
      }
      // Columns named by their base image may still describe the author's image built on it:
      // sizes say "unknown" unless the header says which; inherited properties are the base's.
      const subject: ClaimSubject = column.final ? 'final-image'
        : INHERITED.includes(property) ? 'base-image' : 'unknown';
      cellClaims({ file: env.file, line: row.line, image: column.image, subject, property,
        context: row.context, source: 'table' }, value, out);
    });
  }
}

function byRows(header: Row, body: Row[], env: ProseEnv, out: Out): void {
  const stages = isStageHeader(header.cells[0] ?? '');
  const baseColumn = header.cells.findIndex((label, at) => at > 0 && isBaseImageLabel(label));
  const imageColumn = baseColumn > 0 ? baseColumn : 0;
  const properties = header.cells.map((label, at) =>
    propertyOf(label, body.map((row) => row.cells[at] ?? '')));
  for (const row of body) {
    const label = row.cells[0] ?? '';
    let image = imageIn(row.cells[imageColumn], env);
    let imageFrom = imageColumn;
    // A stage row names its base in a description column ("Python 3.13-slim + pip + Flask").
    for (let at = 1; stages && image === undefined && at < row.cells.length; at++) {
      if (properties[at] !== 'other') continue;
      image = imageIn(row.cells[at], env);
      if (image !== undefined) imageFrom = at;
    }
    if (stages && image === undefined) image = env.baseImage;
    // A row named by the author's own tag (`app_python:distroless`) is their image.
    const own = image === undefined ? ownImage(row.cells[imageColumn] ?? '', env.ownImages)
      : undefined;
    if (own) image = own.family ?? env.baseImage;
    const isFinal = own !== undefined || isFinalImageLabel(label) ||
      /^(?:final|runtime)$/i.test(label);
    const subject: ClaimSubject = stages || isFinal ? 'final-image' : 'base-image';
    row.cells.forEach((value, at) => {
      const property = properties[at] ?? 'other';
      if (at === 0 || at === imageColumn || at === imageFrom || isNoValue(value)) return;
      // A stage table's other columns describe what the stage holds; they claim nothing.
      if (stages && property === 'other') return;
      if (stages && DIFFERENCE.test(label)) {
        // "Size Reduction", "Saved": a difference between images, not an image's size.
        out.unparsed.push({ file: env.file, line: row.line, text: row.context,
          reason: `\`${value}\`: a difference between sizes, not the size of one image` });
        return;
      }
      if (image === undefined) {
        noImage(out, env, row, value, `row \`${label}\``);
        return;
      }
      const claim: Omit<Claim, 'value' | 'size'> = { file: env.file, line: row.line, image,
        subject, property, context: row.context, source: 'table' };
      if (stages && !isFinal) claim.stage = label;
      cellClaims(claim, value, out);
    });
  }
}

/** Claims of a comparison table, or `undefined` when the table is not one. */
export function tableClaims(table: Table, markdown: string, env: ProseEnv): Out | undefined {
  const [header, ...body] = rowsOf(table, markdown, env);
  if (!header || body.length === 0 || header.cells.length < 2) return undefined;
  const first = header.cells[0] ?? '';
  const out: Out = { claims: [], unparsed: [] };
  const aspectRows = body.filter((row) => {
    const label = row.cells[0] ?? '';
    return isBaseImageLabel(label) || propertyOf(label) !== 'other';
  }).length;
  const rowsAreImages = isImageHeader(first) || isStageHeader(first) ||
    body.some((row) => imageIn(row.cells[0], env) !== undefined);
  const aspectColumns = header.cells.slice(1).filter((label) =>
    isBaseImageLabel(label) || propertyOf(label) !== 'other').length;
  if (!isStageHeader(first) && !isImageHeader(first) &&
    ((isAspectHeader(first) && aspectRows >= 1) || aspectRows >= 2)) {
    byColumns(header, body, env, out);
    return out;
  }
  if (rowsAreImages && aspectColumns >= 1) {
    byRows(header, body, env, out);
    return out;
  }
  return undefined;
}
