/**
 * `/examples/<slug>.zip`: an example's folder (the merged tree a reader builds), written at
 * build time, byte for byte the same on every build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import options from 'virtual:shipshape/options';
import { listExamples, readExample } from '../../examples/read-examples.ts';
import { exampleZip } from '../../examples/example-zip.ts';

export const getStaticPaths: GetStaticPaths = () =>
  listExamples(process.cwd(), options.examples).map((slug) => ({ params: { slug } }));

export const GET: APIRoute = ({ params }) => {
  const example = readExample(String(params['slug']), process.cwd(), options.examples);
  return new Response(exampleZip(example) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
};
