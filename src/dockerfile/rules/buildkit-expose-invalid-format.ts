/**
 * Analyse stage, Dockerfile engine: BuildKit's ExposeInvalidFormat check. Reports an EXPOSE port
 * that names an IP address or a host port (`127.0.0.1:80:80`, `5000:5000`), once per port:
 * publishing is decided by `docker run -p`, not by the image.
 */
import type { Rule, RuleText } from '../rule.ts';
import { exposedPorts } from '../rules-shared/expose-ports.ts';

export const text: RuleText = {
  title: 'EXPOSE only the container port',
  description: 'An `EXPOSE` port should be the container port, with an optional protocol ' +
    '(`8000`, `8000/tcp`), without an IP address or host port.',
  rationale: '`EXPOSE` documents which port the container listens on; which host address and ' +
    'port it is published on is chosen when the container runs (`docker run -p 8080:8000`). ' +
    'BuildKit ignores the address and host part, and says this form will become an error.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/expose-invalid-format/',
  examples: {
    bad: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 0.0.0.0:8000:8000\n' +
      'CMD ["python", "app.py"]\n',
    good: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\n' +
      'CMD ["python", "app.py"]\n',
  },
};

export const rule: Rule = {
  id: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    return exposedPorts(model)
      .filter((port) => port.ip !== '' || port.hostPort !== '')
      .map((port) => ({
        line: port.instruction.line,
        endLine: port.instruction.endLine,
        message: 'EXPOSE instruction should not define an IP address or host-port mapping, ' +
          `found '${port.raw}': expose \`${port.containerPort}` +
          `${port.proto === '' ? '' : `/${port.proto}`}\` and publish with \`docker run -p\`.`,
      }));
  },
};
