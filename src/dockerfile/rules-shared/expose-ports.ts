/**
 * Analyse stage, Dockerfile engine, shared by rules: the port specs of each EXPOSE, with the
 * ARG and ENV values in scope substituted as BuildKit does before it reads them; a word whose
 * variables are unknown here is left out.
 */
import type { DockerfileModel, Instruction } from '../model.ts';
import { splitPortSpec, type PortSpec } from '../parse/expose-port.ts';
import { scopeReader, substituteVariables } from '../scope.ts';

export interface ExposedPort extends PortSpec {
  /** The port as BuildKit quotes it in its messages (after substitution). */
  raw: string;
  instruction: Instruction;
}

const VALID_PROTO = /^(?:|tcp|udp|sctp)$/i;

/** Ports with a protocol BuildKit accepts (in any case); the others are build errors. */
export function exposedPorts(model: DockerfileModel): ExposedPort[] {
  const ports: ExposedPort[] = [];
  const scope = scopeReader(model);
  for (const instruction of model.instructions) {
    if (instruction.keyword !== 'EXPOSE') continue;
    const vars = scope(instruction);
    for (const word of instruction.args) {
      const expanded = word.includes('$') ? substituteVariables(word, vars) : word;
      if (expanded.includes('$')) continue;
      for (const raw of expanded.split(/\s+/).filter((w) => w !== '')) {
        const spec = splitPortSpec(raw);
        if (spec.containerPort !== '' && VALID_PROTO.test(spec.proto)) {
          ports.push({ ...spec, raw, instruction });
        }
      }
    }
  }
  return ports;
}
