/**
 * Examples, "Run it here": the in-page runtime cannot `pip install`; it carries one fixed set of
 * packages (`PYTHON_PACKAGES`). When the reader's `requirements.txt` pins something else, Run
 * still starts, and says which pins the simulated image does not honour, so an edit to
 * requirements is never silently ignored. Pure; browser-safe.
 */
import { PYTHON_PACKAGES, readPins } from '../python-packages.ts';

/** A note naming the pins the runtime does not provide; undefined when it provides them all. */
export function requirementsNote(requirements: string): string | undefined {
  const provided = new Map(PYTHON_PACKAGES.map((p) => [p.name.toLowerCase(), p]));
  const unmet: string[] = [];
  for (const [name, version] of readPins(requirements)) {
    const have = provided.get(name);
    if (have === undefined) unmet.push(`${name}==${version} (not in the runtime)`);
    else if (have.version !== version) {
      unmet.push(`${name}==${version} (the runtime has ${have.version})`);
    }
  }
  if (unmet.length === 0) return undefined;
  return `Note: this simulation cannot pip install; it runs with the packages it carries `
    + `(${PYTHON_PACKAGES.map((p) => `${p.name} ${p.version}`).join(', ')}). Not honoured: `
    + `${unmet.join(', ')}.`;
}
