/**
 * Compare stage: the platforms each base image of the sourced dataset
 * (`content/data/base-images.yaml`) is published for, by the reference written after FROM, as
 * the Dockerfile engine's image facts (`RuleConfig.imagePlatforms`, read by
 * InvalidBaseImagePlatform). An image whose platforms are unknown, or not recorded, is left out:
 * the check then stays silent on it.
 */
import { UNKNOWN, type Dataset } from './dataset-schema.ts';

export function publishedPlatforms(dataset: Dataset): Record<string, string[]> {
  const facts: Record<string, string[]> = {};
  for (const image of dataset) {
    const value = image.platforms?.value;
    if (value !== undefined && value !== UNKNOWN) facts[image.reference] = [...value];
  }
  return facts;
}
