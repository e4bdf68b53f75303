/**
 * Course stage: the sidebar's "Course" group — the syllabus, then the lessons in course order,
 * from the syllabus as the plugin read it when Astro loaded its config (syllabus-source.ts),
 * before content is checked: a syllabus that does not parse gives no lessons here, and the
 * loader then reports what is wrong with it.
 */
import { readYaml } from '../shared/read-yaml.ts';
import { lessonId, SYLLABUS_ID } from './course-urls.ts';
import type { SyllabusSource } from './syllabus-source.ts';

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

/** The group's items, or none when the guide has no syllabus (or no course: `undefined`). */
export function courseSidebarItems(source: SyllabusSource | undefined): SidebarItem[] {
  if (source === undefined) return [];
  const lessons = lessonSlugs(source.text).map((slug) => ({ slug: lessonId(slug) }));
  return [{ label: 'Syllabus', link: `/${SYLLABUS_ID}/` }, ...lessons];
}
