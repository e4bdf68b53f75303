/**
 * Plugin: the sidebar groups shipshape adds after the site's own — the course, the write-ups,
 * authored walkthroughs, examples, the Dockerfile checks and the authors' report. Read when Astro
 * loads its config; a group with nothing in it is left out, and a link only names a page that
 * exists (the compare page and the silencing guide are authored pages).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { exampleSidebarItems } from '../examples/sidebar-items.ts';
import { pageFolderSidebarItems, writeupSidebarItems } from '../loaders/entry-ids.ts';
import { cohortPath } from '../cohort/cohort-integration.ts';
import { courseSidebarItems } from '../syllabus/sidebar-items.ts';
import type { SyllabusSource } from '../syllabus/syllabus-source.ts';
import type { ResolvedOptions } from './options.ts';

type Group = NonNullable<StarlightUserConfig['sidebar']>[number];
type Item = { slug: string } | { label: string; link: string };

function group(label: string, items: Item[]): Group[] {
  return items.length === 0 ? [] : [{ label, items }];
}

/** `syllabus`: the course's syllabus as the plugin read it (undefined: no course). */
export function sidebarGroups(root: string, options: ResolvedOptions,
  syllabus: SyllabusSource | undefined): Group[] {
  const { features } = options;
  const authored = (name: string, label: string): Item[] =>
    existsSync(resolve(root, options.pages, `${name}.md`)) ? [{ label, link: `/${name}/` }] : [];
  return [
    ...group('Course', courseSidebarItems(syllabus)),
    ...group(options.writeupsLabel, writeupSidebarItems(root, options.writeups)),
    ...group('Walkthroughs', pageFolderSidebarItems(root, options.pages, 'walkthroughs')),
    ...group('Examples', features.examples ? exampleSidebarItems(root, options.examples) : []),
    ...group('Dockerfile checks', [
      ...authored('compare', 'Base images compared'),
      ...(features.practices ? [{ label: 'Practices matrix', link: '/practices/' }] : []),
      { label: 'All rules', link: '/rules/' },
      ...(features.playground ? [{ label: 'Playground', link: '/playground/' }] : []),
      ...authored('silencing-findings', 'Silencing a finding'),
    ]),
    ...group('For authors', [
      ...(features.authorsReport ? [{ label: 'Ingest report', link: '/authors/report/' }] : []),
      ...(features.cohort ? [{ label: 'Cohort overview', link: `/${cohortPath(options.cohort)}` }]
        : []),
    ]),
  ];
}
