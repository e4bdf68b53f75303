// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import shipshape from './src/plugin/index.ts';

export default defineConfig({
  // The public address (`SHIPSHAPE_SITE=https://docs.example.org`): canonical links, the sitemap
  // and the addresses the PDFs print. Without one, none is made up (the PDFs print no address).
  ...(process.env['SHIPSHAPE_SITE'] ? { site: process.env['SHIPSHAPE_SITE'] } : {}),
  // Where the guide is hosted: `/` by default, or a sub-path such as `/courses/docker/`.
  base: process.env['SHIPSHAPE_BASE'] ?? '/',
  // shipshape adds its Markdown steps to this processor (src/plugin/markdown-steps.ts).
  markdown: { processor: unified() },
  integrations: [
    starlight({
      title: 'shipshape',
      description: 'A guide to containerizing apps: Dockerfiles, base images, non-root users, ' +
        'layer caching and multi-stage builds.',
      sidebar: [{ label: 'Start here', items: [{ label: 'About this guide', link: '/' }] }],
      plugins: [shipshape()],
    }),
  ],
});
