/** The published-port check against the Dockerfile beside a folder write-up. */
import { describe, expect, it } from 'vitest';
import {
  checkExposedPorts, exposedPorts, publishedContainerPorts,
} from '../../../src/examples/check-exposed-ports.ts';

const DOCKERFILE = 'FROM python:3.12-slim\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]\n';

describe('checkExposedPorts', () => {
  it('reports a docker run that publishes a port the Dockerfile does not expose', () => {
    const markdown =
      '# Run\n\n```bash\ndocker build -t app .\ndocker run -p 5000:5000 app\n```\n';
    const [finding, ...rest] =
      checkExposedPorts(markdown, 'w/README.md', DOCKERFILE, 'Dockerfile');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'published-port-not-exposed', line: 5 });
    expect(finding?.message).toMatch(new RegExp('^w/README\\.md:5:1: the `docker run` publishes ' +
      'container port 5000, but `Dockerfile` beside the write-up EXPOSEs 8000'));
  });

  it('is quiet when the ports agree, or the Dockerfile exposes none or a variable', () => {
    const markdown = '```sh\ndocker run \\\n  -p 8080:8000 app\n```\n';
    expect(checkExposedPorts(markdown, 'x.md', DOCKERFILE, 'Dockerfile')).toEqual([]);
    const other = '```sh\ndocker run -p 80:5000 app\n```\n';
    expect(checkExposedPorts(other, 'x.md', 'FROM alpine\nCMD ["x"]\n', 'Dockerfile'))
      .toEqual([]);
    expect(checkExposedPorts(other, 'x.md', 'FROM alpine\nEXPOSE $PORT\n', 'Dockerfile'))
      .toEqual([]);
  });

  it('reads EXPOSE forms and -p forms', () => {
    expect(exposedPorts('FROM a\nEXPOSE 80/tcp 8000-8002\n')).toEqual([80, 8000, 8001, 8002]);
    expect(publishedContainerPorts('docker run -p 127.0.0.1:80:8080/tcp --publish=1:2 -p3:4 x'))
      .toEqual([8080, 2, 4]);
  });
});
