/**
 * Analyse stage, Dockerfile engine: an `EXPOSE` port as BuildKit reads it
 * (`dockerfile2llb/convert_expose.go`, `parsePort`): `[ip:][hostPort:]containerPort[/proto]`,
 * ranges `8000-8010`, protocols tcp, udp and sctp in any case. BuildKit accepts the IP address and
 * host port (its ExposeInvalidFormat check warns about them); dockerfile-utils calls them invalid,
 * so the syntax checks ask this module instead. Browser-safe.
 */

export interface PortSpec {
  /** `127.0.0.1`, `[::1]`; empty when none. */
  ip: string;
  hostPort: string;
  containerPort: string;
  /** As written; empty when none (tcp). */
  proto: string;
}

/** BuildKit's `splitParts` and `splitProtoPort`. */
export function splitPortSpec(raw: string): PortSpec {
  const parts = raw.split(':');
  const n = parts.length;
  const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
  const hostPort = n >= 2 ? parts[n - 2] ?? '' : '';
  const last = parts[n - 1] ?? '';
  const slash = last.indexOf('/');
  return { ip, hostPort, containerPort: slash < 0 ? last : last.slice(0, slash),
    proto: slash < 0 ? '' : last.slice(slash + 1) };
}

function portNumber(text: string): number | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 0 && port <= 65535 ? port : undefined;
}

/** `start[-end]` as BuildKit's `parsePortRange`; undefined when invalid. */
function portRange(text: string): [number, number] | undefined {
  if (text === '') return undefined;
  const dash = text.indexOf('-', text.startsWith('-') || text.startsWith('+') ? 1 : 0);
  const start = dash < 0 ? text : text.slice(0, dash);
  const end = dash < 0 ? undefined : text.slice(dash + 1);
  const first = portNumber(start);
  if (first === undefined) return undefined;
  if (end === undefined || end === start) return [first, first];
  const second = portNumber(end);
  return second === undefined || second < first ? undefined : [first, second];
}

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);
const IPV6 = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$/;

function ipOk(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  return IPV4.test(bare) || (IPV6.test(bare) && !bare.includes(':::'));
}

/** Whether BuildKit accepts the port spec (after variables are expanded: give it none). */
export function portSpecOk(raw: string): boolean {
  const spec = splitPortSpec(raw);
  if (spec.containerPort === '') return false;
  if (!['', 'tcp', 'udp', 'sctp'].includes(spec.proto.toLowerCase())) return false;
  if (spec.ip !== '' && !ipOk(spec.ip)) return false;
  const container = portRange(spec.containerPort);
  if (!container) return false;
  if (spec.hostPort === '') return true;
  const host = portRange(spec.hostPort);
  if (!host) return false;
  return container[1] - container[0] === host[1] - host[0] || container[0] === container[1];
}
