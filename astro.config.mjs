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
  // A rebuild copies the pages whose code and data did not change from the last build
  // (node_modules/.astro/): shipshape gives each generated page a key of the data it shows
  // (src/site/page-cache-keys.ts). `astro build --force` renders every page again.
  experimental: { incrementalBuild: true },
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
