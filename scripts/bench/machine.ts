/**
 * Bench helper: describes the machine the numbers were measured on (CPU, cores, memory, OS,
 * Node version, date), so that results from different machines are not compared by mistake.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  date: string;
}

/** The distribution name from /etc/os-release (Linux), if there is one. */
function distribution(): string | undefined {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(text)?.[1];
  } catch {
    return undefined;
  }
}

function describeOs(): string {
  const kernel = `${os.type()} ${os.release()} ${os.arch()}`;
  const distro = distribution();
  return distro ? `${distro} (${kernel})` : kernel;
}

export function describeMachine(now: Date = new Date()): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: describeOs(),
    node: process.version,
    date: now.toISOString(),
  };
}
