/**
 * Analyse stage, Dockerfile engine, shared by rules: the `apt-get install` commands of a
 * Dockerfile's RUN instructions, each with the lines a finding about it covers.
 */
import type { DockerfileModel } from '../model.ts';
import { baseName } from './base-name.ts';
import type { CommandHit } from './command-hits.ts';
import { runCommands } from './command-hits.ts';

/** Every `apt-get install` (also `/usr/bin/apt-get … install`), in file order. */
export function aptGetInstalls(model: DockerfileModel): CommandHit[] {
  return runCommands(model).filter(({ command }) => baseName(command.name) === 'apt-get' &&
    command.args.includes('install'));
}
