/**
 * Ingest stage: what one content loader hands another while both load. Astro runs the loaders
 * of every collection at the same time (`Promise.all` in its content layer) and shows none of
 * them another collection's store, yet the examples name write-ups (`basedOn`: the write-up's
 * title and address) and the course names examples (their titles). Each input is read by its
 * own loader, once; what the other needs is given here as soon as it is known, and the taker
 * waits for it. The two hand-offs go opposite ways at different points (the write-ups' titles
 * before the guide loader's pages and course, the examples before the examples loader renders
 * anything), so neither waits for the other. A loader that fails gives its error, so the taker
 * fails with it instead of waiting. A later `give` (an edit in `astro dev`) replaces the value.
 */
interface Settle<T> {
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export class Handoff<T> {
  #current: Promise<T>;
  #settle: Settle<T> | undefined;
  readonly #listeners: Array<(value: T) => void> = [];

  constructor() {
    let settle: Settle<T> | undefined;
    this.#current = new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // A hand-off nobody takes (the course switched off) must not report an unhandled failure.
    this.#current.catch(() => {});
    this.#settle = settle;
  }

  /** Hands `value` over: the first call answers those waiting, a later one replaces it. */
  give(value: T): void {
    if (this.#settle === undefined) {
      this.#current = Promise.resolve(value);
      for (const listener of this.#listeners) listener(value);
      return;
    }
    this.#settle.resolve(value);
    this.#settle = undefined;
  }

  /** The giver failed: those waiting (and later takers) fail with its error. */
  fail(error: unknown): void {
    if (this.#settle === undefined) {
      this.#current = Promise.reject(error);
      this.#current.catch(() => {});
      return;
    }
    this.#settle.reject(error);
    this.#settle = undefined;
  }

  /** Calls `listener` with each value given after the first (an edit in `astro dev`). */
  onLaterGive(listener: (value: T) => void): void {
    this.#listeners.push(listener);
  }

  /** The value, once given. */
  take(): Promise<T> {
    return this.#current;
  }
}

/** A write-up as an example's `basedOn` names it (src/examples/based-on.ts). */
export interface NamedWriteup {
  /** The name `basedOn` gives: the file name without `.md`, or the folder's name. */
  name: string;
  /** The page's own title (before same titles are told apart: distinguish-titles.ts). */
  title: string;
  /** Its address from the site's root (`/writeups/app_python/`). */
  url: string;
}

/** An example as the course names it (src/syllabus/build-course.ts). */
export interface ExampleListing {
  slug: string;
  title: string;
  shows: string;
}

/** The two hand-offs between the guide loader and the examples loader (plugin/content.ts). */
export interface LoaderHandoffs {
  /** Given by the guide loader once the write-ups are loaded. */
  writeups: Handoff<NamedWriteup[]>;
  /** Given by the examples loader once the examples are read, in lesson order. */
  examples: Handoff<ExampleListing[]>;
}

export function loaderHandoffs(): LoaderHandoffs {
  return { writeups: new Handoff(), examples: new Handoff() };
}
