/**
 * Bench helper: lists the static import specifiers of an ES module (`import … from "x"`,
 * `import "x"`, `export … from "x"`). Dynamic `import("x")` is left out on purpose: that code is
 * loaded on demand (e.g. the search UI), not with the page.
 *
 * It scans text, not a syntax tree, which is enough for Vite's output; a false hit in a string
 * literal is harmless as the caller only counts specifiers that resolve to a file in `dist/`.
 */

/** `import`/`export` (not `.import` or `import(`), optional `… from`, then a quoted specifier. */
const STATIC_IMPORT =
  /(?<![\w$."'`])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\s;]+)\1/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[2] ?? '').filter(Boolean);
}
