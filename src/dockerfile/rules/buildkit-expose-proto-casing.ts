/**
 * Analyse stage, Dockerfile engine: BuildKit's ExposeProtoCasing check. Reports an EXPOSE port
 * whose protocol is not written in lowercase (`80/TCP`), once per port.
 */
import type { Rule, RuleText } from '../rule.ts';
import { exposedPorts } from '../rules-shared/expose-ports.ts';

export const text: RuleText = {
  title: 'Lowercase EXPOSE protocols',
  description: 'The protocol of an `EXPOSE` port (`tcp`, `udp`, `sctp`) should be written in ' +
    'lowercase.',
  rationale: 'Docker lowercases the protocol when it stores the port, so `80/TCP` becomes ' +
    '`80/tcp` in the image; other tools that read the Dockerfile (or compare it with the ' +
    'image) may not. Writing it the way Docker records it avoids the mismatch.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/expose-proto-casing/',
  examples: {
    bad: 'FROM nginx:1.27\nEXPOSE 80/TCP\n',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp\n',
  },
};

export const rule: Rule = {
  id: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return exposedPorts(model)
      .filter((port) => port.proto !== port.proto.toLowerCase())
      .map((port) => ({
        line: port.instruction.line,
        endLine: port.instruction.endLine,
        message: `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase: ` +
          `write \`${port.raw.slice(0, port.raw.length - port.proto.length)}` +
          `${port.proto.toLowerCase()}\`.`,
      }));
  },
};
