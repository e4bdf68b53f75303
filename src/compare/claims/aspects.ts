/**
 * Analyse stage, comparisons: the words comparison tables use for their rows and columns, in
 * English and Russian, and what each one claims (size, shell, package manager, …). Labels are
 * compared after dropping emphasis, emoji and case, so `**📏 Image Size**` reads as `image size`.
 */
import type { ClaimProperty } from './types.ts';

export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\s()/+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The row or column that says which image a column or row is
 * (`Base Image`, `Базовый образ`).
 */
const BASE_LABEL = new RegExp([
  '^(?:base(?: image)?|base os|from|image',
  String.raw`|базов\p{L}* образ\p{L}*|образ|основа)$`,
].join(''), 'u');

export function isBaseImageLabel(label: string): boolean {
  return BASE_LABEL.test(normalizeLabel(label));
}

/** A pattern matching any of the alternatives (regular-expression sources, `u` flag). */
function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'u');
}

const PROPERTIES: [RegExp, ClaimProperty][] = [
  [anyOf(
    String.raw`(?:^|\s)(?:size|sizes|footprint)(?:\s|$)`,
    String.raw`размер|объ[её]м|(?:^|\s)вес(?:\s|$)`,
  ), 'size'],
  [anyOf(
    String.raw`shell|(?:^|\s)sh(?:\s|$)`,
    String.raw`оболочк|шелл|командн\p{L}* интерпретатор`,
  ), 'shell'],
  [anyOf(
    'package manager',
    String.raw`пакетн\p{L}* менеджер|менеджер\p{L}* пакетов`,
    String.raw`(?:^|\s)apk|(?:^|\s)apt`,
  ), 'package-manager'],
  [anyOf(
    'libc|c library|c runtime',
    String.raw`стандартн\p{L}* библиотек|библиотек\p{L}* c(?:\s|$)`,
  ), 'libc'],
  [/user|root|пользовател|запуск от/u, 'default-user'],
];

/**
 * What a row (or column) label claims. `Dependencies` is libc only when its cells name a libc
 * (seed 003's `musl libc` / `glibc`): elsewhere it lists Python packages.
 */
export function propertyOf(label: string, cells: readonly string[] = []): ClaimProperty {
  const normalized = normalizeLabel(label);
  for (const [pattern, property] of PROPERTIES) {
    if (pattern.test(normalized)) return property;
  }
  if (/dependenc|зависимост/u.test(normalized) &&
    cells.some((cell) => /libc/i.test(cell))) {
    return 'libc';
  }
  return 'other';
}

/** Whole-label match against a word list (labels are normalized first). */
function oneOf(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${words.join('|')})$`, 'u');
}

const ASPECT_HEADERS = oneOf([
  '', 'aspects?', 'features?', 'property', 'properties', 'characteristics?', 'attributes?',
  'criteri(?:on|a)', 'comparison',
  'аспекты?', 'характеристик[аи]', 'параметры?',
  'свойств[оа]', 'особенност[ьи]', 'критери[йи]',
  'сравнение',
]);

/** First header cell of a table whose rows are aspects and whose columns are images. */
export function isAspectHeader(label: string): boolean {
  return ASPECT_HEADERS.test(normalizeLabel(label));
}

/** First header cell of a table whose rows are the stages of the author's own build. */
export function isStageHeader(label: string): boolean {
  return oneOf(['stages?', 'build stages?', 'steps?', 'этап', 'стадия', 'шаг']).test(
    normalizeLabel(label),
  );
}

/** First header cell of a table whose rows are images (`| Image | Size | Shell |`). */
export function isImageHeader(label: string): boolean {
  const words = ['images?', 'base images?', 'variants?', 'tags?',
    'образы?', 'базовый образ', 'вариант', 'тег'];
  return oneOf(words).test(normalizeLabel(label));
}

/** A cell that gives no value at all: not a claim, so neither a claim nor an unparsed one. */
export function isNoValue(cell: string): boolean {
  return /^(?:|n\/?a|-|—|–|\?|tbd|unknown|нет данных|н\/д)$/iu.test(cell.trim());
}

/** Column headers that say the author's own image, not a base (`Final image`, `Our image`). */
const FINAL_LABEL = new RegExp([
  String.raw`(?:^|\s)(?:final|our|resulting|built`,
  String.raw`|итогов\p{L}*|финальн\p{L}*|наш\p{L}*)(?:\s|$)`,
].join(''), 'u');

export function isFinalImageLabel(label: string): boolean {
  return FINAL_LABEL.test(normalizeLabel(label));
}
