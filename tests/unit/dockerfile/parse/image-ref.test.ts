/**
 * Tests for the analyse stage, Dockerfile engine: parseImageRef: scratch, stage names, digests,
 * registry ports, Docker Hub's library/.
 */
import { describe, it, expect } from 'vitest';
import { parseImageRef } from '../../../../src/dockerfile/parse/image-ref.ts';

describe('parseImageRef', () => {
  it('reads a plain name and tag', () => {
    expect(parseImageRef('python:3.13-slim')).toEqual({
      raw: 'python:3.13-slim', registry: undefined, name: 'python', tag: '3.13-slim',
      digest: undefined,
    });
  });

  it('reads scratch and a stage name as a bare name', () => {
    expect(parseImageRef('scratch')).toMatchObject({ name: 'scratch', tag: undefined });
    expect(parseImageRef('builder')).toMatchObject({ name: 'builder', registry: undefined });
  });

  it('reads a digest, with or without a tag', () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    expect(parseImageRef(`alpine@${digest}`)).toMatchObject({
      name: 'alpine', tag: undefined, digest,
    });
    expect(parseImageRef(`alpine:3.20@${digest}`)).toMatchObject({
      name: 'alpine', tag: '3.20', digest,
    });
  });

  it('tells a registry port from a tag', () => {
    expect(parseImageRef('localhost:5000/team/app:1.2')).toMatchObject({
      registry: 'localhost:5000', name: 'team/app', tag: '1.2',
    });
    expect(parseImageRef('localhost:5000/app')).toMatchObject({
      registry: 'localhost:5000', name: 'app', tag: undefined,
    });
    expect(parseImageRef('localhost/app')).toMatchObject({ registry: 'localhost', name: 'app' });
  });

  it('keeps a namespace that is not a host', () => {
    expect(parseImageRef('bitnami/redis:7')).toMatchObject({
      registry: undefined, name: 'bitnami/redis', tag: '7',
    });
  });

  it('strips library/ on Docker Hub only', () => {
    expect(parseImageRef('docker.io/library/python:3')).toMatchObject({
      registry: 'docker.io', name: 'python', tag: '3',
    });
    expect(parseImageRef('library/node')).toMatchObject({ registry: undefined, name: 'node' });
    expect(parseImageRef('ghcr.io/library/x')).toMatchObject({
      registry: 'ghcr.io', name: 'library/x',
    });
  });

  it('reads other registries', () => {
    expect(parseImageRef('mcr.microsoft.com/dotnet/sdk:8.0')).toMatchObject({
      registry: 'mcr.microsoft.com', name: 'dotnet/sdk', tag: '8.0',
    });
  });

  it('does not split inside an unresolved ${VAR:-default}', () => {
    expect(parseImageRef('python:${V:-3.13}')).toMatchObject({ name: 'python', tag: '${V:-3.13}' });
    expect(parseImageRef('node${SUFFIX:-}')).toMatchObject({
      name: 'node${SUFFIX:-}', tag: undefined,
    });
  });
});
