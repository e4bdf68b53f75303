/**
 * Examples, "Run it here": the line the widget shows about the container's health once the app
 * runs. Docker keeps a health status only for a container whose image has a HEALTHCHECK; without
 * one, `docker ps` shows no `(healthy)` and `docker inspect` has no `.State.Health`, so the line
 * says there is none instead of inventing a verdict. Browser-safe.
 */
import type { HealthcheckResult } from '../pyodide-runtime.ts';

export function healthVerdict(result: HealthcheckResult | undefined, healthPath: string,
  port: number): string {
  if (result === undefined) {
    return 'No health status: the Dockerfile has no HEALTHCHECK, so Docker keeps none for this '
      + `container. The app still answers curl localhost:${port}${healthPath}.`;
  }
  return `HEALTHCHECK: ${result.healthy ? 'healthy' : 'unhealthy'} (GET ${result.path} `
    + `answered ${result.status}).`;
}
