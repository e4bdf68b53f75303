/**
 * Course stage: the sidebar's "Course" group — the syllabus, then the lessons in course order.
 * Read when Astro loads its config, before content is checked: a syllabus that does not parse
 * gives no lessons here, and the loader then reports what is wrong with it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readYaml } from '../shared/read-yaml.ts';
import { lessonId, SYLLABUS_ID } from './course-urls.ts';
import { SYLLABUS_FILE } from './read-syllabus.ts';
import { ownWriteups } from '../loaders/writeups-folder.ts';

type SidebarItem = { slug: string } | { label: string; link: string };

function lessonSlugs(text: string): string[] {
  try {
    const data = readYaml(text) as { lessons?: unknown } | undefined;
    const lessons = Array.isArray(data?.lessons) ? (data.lessons as unknown[]) : [];
    return lessons
      .map((lesson) => (lesson as { slug?: unknown } | null)?.slug)
      .filter((slug): slug is string => typeof slug === 'string');
  } catch {
    return [];
  }
}

/** The group's items, or none when the guide has no syllabus (`file`, from the root). */
export function courseSidebarItems(root: string, file = SYLLABUS_FILE,
  own = ownWriteups(root)): SidebarItem[] {
  // Built from another folder of write-ups, the guide has no course (loaders/load-course.ts).
  if (!own) return [];
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    return [];
  }
  const lessons = lessonSlugs(text).map((slug) => ({ slug: lessonId(slug) }));
  return [{ label: 'Syllabus', link: `/${SYLLABUS_ID}/` }, ...lessons];
}
