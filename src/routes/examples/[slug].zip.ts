/**
 * `/examples/<slug>.zip`: an example's folder (the merged tree a reader builds), written at
 * build time, byte for byte the same on every build, from the `examples` collection's entry
 * (the folder as the loader read it; src/examples/stored-example.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { exampleFromStore } from '../../examples/stored-example.ts';
import { exampleZip } from '../../examples/example-zip.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getCollection('examples')).map((entry) => ({ params: { slug: entry.id },
    props: { entry } }));

export const GET: APIRoute<{ entry: CollectionEntry<'examples'> }> = ({ props }) => {
  const example = exampleFromStore(props.entry.data.example);
  return new Response(exampleZip(example) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
};
