/**
 * Pinned or floating base images. Hadolint's DL3006 (no tag) and DL3007 (`latest`) tests are the
 * floor (hadolint/hadolint test/Hadolint/Rule/DL3006Spec.hs, DL3007Spec.hs); shipshape also counts
 * a tag without a version number (`alpine`, `slim`, `bookworm`) as floating, and a Python tag
 * with only the major version (`python:3-slim`), as the guide's lesson 2 teaches.
 */
import { describe, expect, it } from 'vitest';
import { stagePinnings } from '../../../src/dockerfile/image-pinning.ts';
import { parseDockerfile } from '../../../src/dockerfile/parse/parse-dockerfile.ts';

const pinnings = (source: string) =>
  stagePinnings(parseDockerfile(source).stages).map((s) => s.pinning);

describe('stagePinnings', () => {
  it.each([
    ['FROM python:3.12-slim', { kind: 'pinned', by: 'version' }],
    ['FROM golang:1.22', { kind: 'pinned', by: 'version' }],
    ['FROM node:20-alpine', { kind: 'pinned', by: 'version' }],
    ['FROM ruby:2', { kind: 'pinned', by: 'version' }],
    // A one-number tag is a release line for many images: Debian 12, Node 22.
    ['FROM debian:12-slim', { kind: 'pinned', by: 'version' }],
    ['FROM node:22-alpine', { kind: 'pinned', by: 'version' }],
    // Python's major spans its feature releases: the tag moves from 3.12 to 3.13 (lesson 2).
    ['FROM python:3-slim', { kind: 'floating', why: 'major-only' }],
    ['FROM python:3', { kind: 'floating', why: 'major-only' }],
    ['FROM python:3-alpine3.15', { kind: 'floating', why: 'major-only' }],
    ['FROM docker.io/library/python:3-alpine', { kind: 'floating', why: 'major-only' }],
    ['FROM ghcr.io/someone/python:3', { kind: 'pinned', by: 'version' }],
    ['FROM ruby@sha256:f1dbca0f5dbc9', { kind: 'pinned', by: 'digest' }],
    ['FROM debian:latest@sha256:7959ed6f7e35', { kind: 'pinned', by: 'digest' }],
    ['FROM debian', { kind: 'floating', why: 'no-tag' }],
    ['FROM debian:latest AS builder', { kind: 'floating', why: 'latest' }],
    ['FROM python:alpine', { kind: 'floating', why: 'no-version' }],
    ['FROM python:slim', { kind: 'floating', why: 'no-version' }],
    ['FROM debian:bookworm', { kind: 'floating', why: 'no-version' }],
    ['FROM debian:jessie', { kind: 'floating', why: 'no-version' }],
    ['FROM scratch', { kind: 'not-an-image' }],
    ['FROM ${VALUE}', { kind: 'unresolved' }],
    ['FROM python:${TAG}', { kind: 'unresolved' }],
  ])('%s', (source, expected) => {
    expect(pinnings(source)).toEqual([expected]);
  });

  it('reads the tag after ARG defaults (the vote service\'s final file)', () => {
    expect(pinnings('ARG PYTHON_VERSION=3.13.3\nFROM python:${PYTHON_VERSION}-alpine\n'))
      .toEqual([{ kind: 'pinned', by: 'version' }]);
    expect(pinnings('ARG TAG=alpine\nFROM python:${TAG}\n'))
      .toEqual([{ kind: 'floating', why: 'no-version' }]);
  });

  it('leaves an earlier stage used as a base alone, whatever its case', () => {
    expect(pinnings('FROM golang:1.9.3-alpine3.7 AS build\nFROM BUILD AS test\n' +
      'FROM alpine:3.7\n')).toEqual([{ kind: 'pinned', by: 'version' },
      { kind: 'not-an-image' }, { kind: 'pinned', by: 'version' }]);
    expect(pinnings('FROM golang:1.9.3 AS build\nFROM node AS unit-test\n'))
      .toEqual([{ kind: 'pinned', by: 'version' }, { kind: 'floating', why: 'no-tag' }]);
  });
});
