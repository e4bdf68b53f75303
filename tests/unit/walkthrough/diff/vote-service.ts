/**
 * Test data for the analyse stage, walkthroughs: the two complete Dockerfiles of
 * content/writeups/containerizing-the-vote-service.md — the typical first try and the final one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VOTE_TYPICAL = `FROM python:alpine

COPY . /app

WORKDIR /app

RUN pip install -r requirements.txt

CMD ["python", "app.py"]
`;

/** The final Dockerfile, shared with the other walkthrough tests. */
export const VOTE_FINAL = readFileSync(
  join(import.meta.dirname, '../../../fixtures/walkthrough/vote-final.dockerfile'), 'utf8');
