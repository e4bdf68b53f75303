/**
 * Analyse stage, Dockerfile engine, shared by rules: one spelling for an image reference, to look
 * facts up by it: Docker Hub's implicit names made implicit (`docker.io/library/python:3.13` is
 * `python:3.13`, as written after FROM) and a missing tag made `latest`, as distribution's
 * `ParseNormalizedNamed` then `TagNameOnly` read it. A digest stays: it names another image.
 */
const DOCKER_HUB = /^(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?/;

export function imageKey(reference: string): string {
  const name = reference.trim().replace(DOCKER_HUB, '');
  const last = name.slice(name.lastIndexOf('/') + 1);
  return last.includes(':') || last.includes('@') ? name : `${name}:latest`;
}
