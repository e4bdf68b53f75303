/**
 * Plugin: the options of `shipshape({ … })`, validated once when Astro loads its config. The
 * site's address and base are Astro's own `site` and `base` (one place to set each, read from
 * there): the PDFs print the address, every link carries the base.
 */
import { z } from 'astro/zod';
import { cohortOptionsSchema } from '../cohort/cohort-integration.ts';
import { describeExpected, describeValue } from '../shared/describe-zod-issue.ts';

const projectPath = z.string().min(1)
  .refine((path) => !path.startsWith('/') && !path.includes('..'),
    { message: 'a path inside the project, relative to its root (like `content/writeups`)' });

/**
 * Parts of the guide that can be switched off (all on by default). The rule pages cannot: every
 * finding links to its rule's page.
 */
const featuresSchema = z.strictObject({
  /** `/practices/`: every write-up's Dockerfile judged against the practices. */
  practices: z.boolean().default(true),
  /** `/examples/` and the example projects (the `examples` folder), with "Run it here". */
  examples: z.boolean().default(true),
  /** The "Course" sidebar group from `content/syllabus.yaml`, when that file exists. */
  course: z.boolean().default(true),
  /** `/authors/report/`: what ingest found and repaired in each source file. */
  authorsReport: z.boolean().default(true),
  /** ShellCheck on the RUN scripts of Dockerfile blocks (when `shellcheck` is installed). */
  shellcheck: z.boolean().default(true),
  /** Fonts cut down to the characters the built pages use. */
  subsetFonts: z.boolean().default(true),
  /** The instructor's overview of every write-up (`cohort.path`, `/cohort/` by default). */
  cohort: z.boolean().default(true),
  /**
   * `/playground/`: a Dockerfile editor checked live in the browser, and "Open in playground"
   * under every Dockerfile block.
   */
  playground: z.boolean().default(true),
});

export const shipshapeOptionsSchema = z.strictObject({
  /** Folder of authored pages (front matter required), from the project root. */
  pages: projectPath.default('content/pages'),
  /** Folder of write-ups, taken as they are; each becomes `/writeups/<file name>/`. The
   * environment variable `SHIPSHAPE_CONTENT` (`shipshape build --content DIR`) overrides it. */
  writeups: projectPath.default('content/writeups'),
  /** The course: lessons in order and what each draws on (no course when missing). */
  syllabus: projectPath.default('content/syllabus.yaml'),
  /** The sourced base-image dataset that comparisons and size claims are checked against. */
  dataset: projectPath.default('content/data/base-images.yaml'),
  /** Old addresses of renamed pages, each turned into a redirect page (none when missing). */
  redirects: projectPath.default('content/redirects.json'),
  /** The example projects: one folder each, the shared app in `_app/` (none when missing). */
  examples: projectPath.default('content/examples'),
  /** The texts the syllabus's lessons name with `text:`, one `.md` file each. */
  lessons: projectPath.default('content/lessons'),
  /** The exercise files the syllabus's lessons name with `exercises:`, one `.md` file each. */
  exercises: projectPath.default('content/exercises'),
  /** The Python advisories the examples' "Run it here" reports for its packages. */
  advisories: projectPath.default('content/data/python-advisories.yaml'),
  /** The cohort overview's address: `{ path: 'cohort' }` by default. */
  cohort: cohortOptionsSchema.default({ path: 'cohort' }),
  /** The write-ups' sidebar group label. */
  writeupsLabel: z.string().min(1).default('Write-ups'),
  features: featuresSchema.default(featuresSchema.parse({})),
});

export type ShipshapeUserOptions = z.input<typeof shipshapeOptionsSchema>;
export type ShipshapeOptions = z.output<typeof shipshapeOptionsSchema>;

/**
 * The options as the plugin hands them to its parts: `writeups` absolute, the folder
 * `SHIPSHAPE_CONTENT` names when set; `ownWriteups` whether that is still the option's folder
 * (the course and the examples' `basedOn` name the write-ups there).
 */
export type ResolvedOptions = Omit<ShipshapeOptions, 'writeups'> & { writeups: string;
  ownWriteups: boolean };

/** Thrown for options that do not validate; the message names the option and the fix. */
export class ShipshapeOptionsError extends Error {
  override name = 'ShipshapeOptionsError';
}

/** The options, or an error that lists every bad one: what was received, what is expected. */
export function parseOptions(input: unknown): ShipshapeOptions {
  const parsed = shipshapeOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const received = describeValue(valueAt(input, issue.path));
    if (issue.code === 'unrecognized_keys') {
      return `unknown option(s) ${issue.keys.map((key) => `\`${key}\``).join(', ')}` +
        `${path ? ` in \`${path}\`` : ''}; the options are ${knownKeys(issue.path)}`;
    }
    const expected = issue.code === 'custom' ? issue.message : describeExpected(issue);
    return `\`${path}\`: received ${received}, expected ${expected}`;
  });
  return fail(problems);
}

function fail(problems: string[]): never {
  throw new ShipshapeOptionsError(
    `shipshape({ … }) in astro.config.mjs: ${problems.join('; ')}. Fix the option, or leave ` +
    'it out for its default (src/plugin/README.md lists them).');
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    value = typeof value === 'object' && value !== null
      ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return value;
}

function knownKeys(path: ReadonlyArray<PropertyKey>): string {
  const shape = path[0] === 'features' ? featuresSchema.shape : shipshapeOptionsSchema.shape;
  return Object.keys(shape).map((key) => `\`${key}\``).join(', ');
}
