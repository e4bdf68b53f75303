/**
 * Examples: the base-image sizes the build simulation shows for `FROM` steps, taken from the
 * sourced dataset (`content/data/base-images.yaml`). Keyed by the tag a figure was measured for
 * and by the image's reference; a tag the dataset does not name has no size (the simulation
 * then writes "unknown"). Browser-safe (type-only import of the dataset).
 */
import type { Dataset } from '../compare/dataset-schema.ts';

export interface BaseImageSize {
  /** Byte count, or undefined when the dataset knows the image but not its size. */
  bytes: number | undefined;
  /** `compressed` (download) or `unpacked` (on disk); what the figure measures. */
  measure: string;
  /** The figure as its source prints it. */
  stated: string;
  /** The page that states it. */
  source: string;
}

/** Tag (and reference) → size. Prefers an on-disk figure with bytes, then a download figure. */
export function baseImageSizes(dataset: Dataset): Map<string, BaseImageSize> {
  const sizes = new Map<string, BaseImageSize>();
  const rank = (size: BaseImageSize) =>
    size.bytes === undefined ? 2 : size.measure === 'unpacked' ? 0 : 1;
  const offer = (key: string, size: BaseImageSize) => {
    const held = sizes.get(key);
    if (held === undefined || rank(size) < rank(held)) sizes.set(key, size);
  };
  for (const image of dataset) {
    for (const figure of image.sizes) {
      const size: BaseImageSize = {
        bytes: typeof figure.bytes === 'number' ? figure.bytes : undefined,
        measure: figure.measure,
        stated: figure.stated,
        source: figure.source,
      };
      offer(figure.tag, size);
      offer(image.reference, size);
    }
  }
  return sizes;
}
