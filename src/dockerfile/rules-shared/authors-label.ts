/**
 * Analyse stage, Dockerfile engine, shared by rules: the OCI label that replaces a deprecated
 * MAINTAINER instruction.
 */
import type { Instruction } from '../model.ts';

/** `LABEL org.opencontainers.image.authors="…"` carrying the MAINTAINER's text. */
export function authorsLabel(maintainer: Instruction): string {
  const author = maintainer.argsText.replace(/"/g, '\\"');
  return `LABEL org.opencontainers.image.authors="${author}"`;
}
