/**
 * Compare stage: the shape of `content/data/base-images.yaml`, a sourced dataset of container base
 * images. Every figure carries the URL of the page that states it; what no source states is
 * written `unknown`, with a note of where we looked, never estimated.
 */
import { z } from 'astro/zod';

/** The word written where no source gives the value. */
export const UNKNOWN = 'unknown';

/** An absolute `https://` URL. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/\S+$/.test(value)) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const URL_OR_UNKNOWN = `an https:// URL, or "${UNKNOWN}"`;

/** A `source:` value: the page that states the value, or `unknown`. */
const sourceSchema = z.string().refine((value) => value === UNKNOWN || isHttpsUrl(value), {
  message: URL_OR_UNKNOWN,
});

/** A URL that must be given (`seeAlso` entries). */
const httpsUrlSchema = z.string().refine(isHttpsUrl, { message: 'an https:// URL' });

/** A day, `YYYY-MM-DD`, or `unknown`. */
const dateSchema = z.string().refine((value) => value === UNKNOWN || isIsoDay(value), {
  message: `a date written YYYY-MM-DD, or "${UNKNOWN}"`,
});

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const text = z.string().trim().min(1);

/** What is required of a value that is known, and of one that is not. */
function requireSourceOrNote(
  value: { value: string; source: string; note?: string | undefined },
  context: z.RefinementCtx,
): void {
  if (value.value !== UNKNOWN && value.source === UNKNOWN) {
    context.addIssue({
      code: 'custom',
      path: ['source'],
      input: value.source,
      message: `an https:// URL of the page that states "${value.value}"`,
    });
  }
  if (value.value === UNKNOWN && value.note === undefined) {
    context.addIssue({
      code: 'custom',
      path: ['note'],
      input: undefined,
      message: 'a note of where you looked, since the value is unknown',
    });
  }
}

/** The fields every fact has besides its `value`. */
const factFields = {
  /** URL of the page that states the fact, or `unknown` (then `value` is `unknown` too). */
  source: sourceSchema,
  /** Further pages that support the fact. */
  seeAlso: z.array(httpsUrlSchema).optional(),
  /** Caveats; where we looked, when the value is unknown. */
  note: text.optional(),
};

/** A free-text fact (`shell`, `defaultUser`, a debugging option, a compatibility note). */
export const factSchema = z
  .strictObject({
    /** The fact, or `unknown` when no source states it. */
    value: text,
    ...factFields,
  })
  .superRefine(requireSourceOrNote);

/** The C library of an image, with the page that states it. */
export const libcSchema = z
  .strictObject({
    /** `glibc`, `musl`, `none` (no C library at all), or `unknown`. */
    value: z.enum(['glibc', 'musl', 'none', UNKNOWN]),
    ...factFields,
  })
  .superRefine(requireSourceOrNote);

/** The package manager of an image, with the page that states it. */
export const packageManagerSchema = z
  .strictObject({
    /** `apk`, `apt`, `none`, or `unknown`. */
    value: z.enum(['apk', 'apt', 'none', UNKNOWN]),
    ...factFields,
  })
  .superRefine(requireSourceOrNote);

/** One published size figure for an image, exactly as a source gives it. */
export const sizeSchema = z
  .strictObject({
    /**
     * What the figure measures: `compressed` (the layers as downloaded, which is what repo-info's
     * "Total Size" is), `unpacked` (the layers on disk), or `unknown` when the source does not say.
     */
    measure: z.enum(['compressed', 'unpacked', UNKNOWN]),
    /** The exact byte count when the source prints one, else `unknown`. */
    bytes: z.union([z.number().int().nonnegative(), z.literal(UNKNOWN)]),
    /** The figure as the source prints it (`43.0 MB`, `around 2 MiB`), or `unknown`. */
    stated: text,
    /** The platform measured, `os/arch` (`linux/amd64`), `any`, or `unknown`. */
    platform: z.string().regex(/^(?:[a-z0-9]+\/[a-z0-9]+(?:\/v[0-9]+)?|any|unknown)$/, {
      message: 'a platform written os/arch (linux/amd64), "any", or "unknown"',
    }),
    /** The tag the source measured, as the source names it. */
    tag: text,
    /** What that tag resolved to in the source (versions), when it says. */
    resolved: text.optional(),
    /** The image ID the source lists, to tell apart two builds of one tag. */
    imageId: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/, { message: 'an image ID written sha256:<64 hex digits>' })
      .optional(),
    /** The day the figure is from, `YYYY-MM-DD`, or `unknown`. */
    date: dateSchema,
    /** What `date` is the date of (a snapshot, the image build, the newest layer upload). */
    dateBasis: text.optional(),
    /** URL of the page that states the figure, or `unknown` when the figure is unknown. */
    source: sourceSchema,
    /** Further pages that support the figure. */
    seeAlso: z.array(httpsUrlSchema).optional(),
    /** Caveats; where we looked, when the figure is unknown. */
    note: text.optional(),
  })
  .superRefine((size, context) => {
    const known = size.bytes !== UNKNOWN || size.stated !== UNKNOWN;
    if (known && size.source === UNKNOWN) {
      context.addIssue({
        code: 'custom',
        path: ['source'],
        input: size.source,
        message: 'an https:// URL of the page that states this size',
      });
    }
    if (size.bytes !== UNKNOWN && size.stated === UNKNOWN) {
      context.addIssue({
        code: 'custom',
        path: ['stated'],
        input: size.stated,
        message: 'the figure as the source prints it, next to the byte count',
      });
    }
    if (!known && size.note === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        input: undefined,
        message: 'a note of where you looked, since the size is unknown',
      });
    }
    if (size.date !== UNKNOWN && size.dateBasis === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['dateBasis'],
        input: undefined,
        message: 'what the date is the date of (snapshot, image build, layer upload)',
      });
    }
  });

/** A platform written as BuildKit prints one: `os/arch` or `os/arch/variant` (`linux/arm/v7`). */
export const PLATFORM = /^[a-z0-9]+\/[a-z0-9]+(?:\/v[0-9]+)?$/;

/**
 * The platforms a tag is published for, as its source lists them (an image index's entries, or
 * the architectures a README names). The linter's InvalidBaseImagePlatform reads them.
 */
export const platformsSchema = z
  .strictObject({
    /** `os/arch[/variant]` each (`linux/arm64/v8`), or `unknown` when no page lists them. */
    value: z.union([
      z.array(z.string().regex(PLATFORM, {
        message: 'a platform written os/arch or os/arch/variant (linux/arm/v7)',
      })).min(1),
      z.literal(UNKNOWN),
    ]),
    /** The tag the source lists them for. */
    tag: text,
    ...factFields,
  })
  .superRefine((platforms, context) => {
    requireSourceOrNote({ ...platforms, value: platforms.value === UNKNOWN ? UNKNOWN : 'known' },
      context);
  });

/** One base image: a row of the comparison. */
export const baseImageSchema = z.strictObject({
  /** Stable key for the row (lower case, digits, `.` and `-`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, {
    message: 'an id of lower-case letters, digits, "." and "-"',
  }),
  /** The image as written after `FROM`. */
  reference: text,
  /** Write-ups that name the image: file names under `content/writeups/`, without `.md`. */
  namedIn: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'a write-up file name' })),
  /** The distribution underneath (`Debian 13 (trixie)`, `Alpine 3.18`, `none`). */
  distribution: factSchema,
  /** Published sizes: at least one, even if it is `unknown`. */
  sizes: z.array(sizeSchema).min(1),
  /** The C library programs in the image link against. */
  libc: libcSchema,
  /** The shell, if any (`/bin/sh (BusyBox ash)`, `none`). */
  shell: factSchema,
  /** The package manager, if any. */
  packageManager: packageManagerSchema,
  /** The user the image runs as when nothing overrides it. */
  defaultUser: factSchema,
  /** The platforms the image is published for. Optional: `scratch` is no image to pull. */
  platforms: platformsSchema.optional(),
  /** Ways to debug a running container of this image. */
  debugging: z.array(factSchema).min(1),
  /** The Python the image runs (`3.13`, `3.11`): what "Run it here" compares its own Python
   * with. Optional: images without Python (`alpine`) have none; `unknown` when no page says. */
  python: factSchema.optional(),
  /** What runs and what does not: libc, Python version, wheels. */
  compatibility: z.array(factSchema).min(1),
  /** Remarks on the row as a whole: what is not known, where we looked, write-up claims. */
  note: text.optional(),
});

/** The whole file: a list of base images with distinct ids. */
export const datasetSchema = z
  .array(baseImageSchema)
  .min(1)
  .superRefine((images, context) => {
    const seen = new Set<string>();
    images.forEach((image, index) => {
      if (seen.has(image.id)) {
        context.addIssue({
          code: 'custom',
          path: [index, 'id'],
          input: image.id,
          message: 'an id no other image in the file has',
        });
      }
      seen.add(image.id);
    });
  });

export type SourcedFact = z.output<typeof factSchema>;
export type ImageSize = z.output<typeof sizeSchema>;
export type PublishedPlatforms = z.output<typeof platformsSchema>;
export type BaseImage = z.output<typeof baseImageSchema>;
export type Dataset = z.output<typeof datasetSchema>;
