/**
 * Tests for walkthroughs from prose, claim-words.ts: which practice a sentence claims, and which
 * sentences that name a practice claim nothing (turned down, hedged, a bare label). Sentences are
 * in the register of real write-ups, in our own words.
 */
import { describe, expect, it } from 'vitest';
import {
  claimsIn, headingPractices, isAdvice, listSaysDone, practicesIn, saysInUse,
  type ClaimedPractice,
} from '../../../../src/walkthrough/infer/prose/claim-words.ts';

const CASES: ReadonlyArray<[ClaimedPractice, { claims: string[]; not: string[] }]> = [
  ['non-root', {
    claims: [
      'Created a dedicated user `svc` to avoid running as root.',
      'The server runs as a non-root user with a fixed UID.',
      'We follow least privilege: no root privileges at runtime.',
      'I drop to an unprivileged account before the app starts.',
      'I create the user `polls` with `adduser`, so the app does not run as root.',
      // Wordings real write-ups use that the first recognisers missed.
      'The server runs under a non-privileged account with its own UID.',
      'I set up a restricted user for the web process.',
      'I made a new user with limited permissions for the app.',
      'A root-less user starts the service.',
      'I made sure to avoid running the worker process as root.',
      'I used a new user to limit access to the app files.',
      'There is no root user at run time in this image.',
      'In this image the server does not run the container as root.',
    ],
    not: [
      'Containers should never run as root unless they must.',
      'The image does not use a non-root user yet.',
      'Non-Root User',
    ],
  }],
  ['pinned-base', {
    claims: [
      'Used `python:3.12-alpine3.20` for a small, version-pinned base.',
      'Pinned the Python and Alpine releases for reproducible builds.',
      'An explicit `3-alpine3.15` tag keeps builds deterministic.',
      'I explicitly tagged the base image with `3.12.4`, so rebuilds match.',
      'The base image version is fixed for repeatable builds.',
      'The base Python image is specified with a version number.',
      'I did not use :latest anywhere in the file.',
      'Base images come with tags with versions in my file.',
    ],
    not: [
      'No version pinning anywhere in the repository, so I went with latest.',
      'You might pin the base image once the app is stable.',
    ],
  }],
  ['dependency-layer', {
    claims: [
      'Copied `requirements.txt` first to cache dependency installation.',
      'I copy `package.json` and `package-lock.json` first, so installs stay cached.',
      'Thanks to Docker layer caching, dependencies are reinstalled only when requirements change.',
      "Changes to app code don't trigger dependency reinstalls, thanks to the layer order.",
      'In my file the COPY of the code comes almost last, after preparing the environment.',
      'I firstly copied the app requirements and then the rest of its files.',
      'The steps are sorted by how rarely they change, from base image to source code.',
      'The instructions are placed in an order that keeps the cached layers valid.',
    ],
    not: [
      'Temporary build dependencies are removed after the install.',
      'Combined related commands into fewer layers.',
    ],
  }],
  ['no-pip-cache', {
    claims: [
      'Installed dependencies with `--no-cache-dir` to reduce bloat.',
      'pip runs without its download cache, which saves space.',
    ],
    not: ['The install still runs without `--no-cache-dir`, which I will fix later.'],
  }],
  ['dockerignore', {
    claims: [
      'Added `.dockerignore` to exclude secrets and caches from the context.',
      'A .dockerignore file keeps `.git` out of the build.',
      'I also added a dockerignore file and a lint hook.',
      'Added `.dockerignore` to leave unnecessary and secret files out of the context.',
    ],
    not: ['The repository has no `.dockerignore` for now, so everything is sent.'],
  }],
  ['multi-stage', {
    claims: [
      'A multi-stage build keeps the compilers out of the runtime image.',
      'The wheels are built in a separate build stage and copied over.',
      'The app is built in one stage and copied into the other to save space.',
    ],
    not: [
      'I considered using a multi-stage build, a common best practice.',
      'Use multi-stage builds wherever it makes sense.',
      'Multi-stage builds when it is needed, since they shrink the final image.',
      'A multi-stage build is not needed here, as nothing is compiled.',
      'For an app this small a multi-stage build seemed unnecessary.',
    ],
  }],
  ['healthcheck', {
    claims: ['A HEALTHCHECK polls the `/health` endpoint every 30 seconds.'],
    not: ['There is no health check in this version of the image.'],
  }],
  ['exec-form', {
    claims: [
      'CMD is written in exec form so signals reach the server process.',
      'I wrote the start command as `CMD ["python", "app.py"]` in my file.',
    ],
    not: ['The shell form would also work for CMD, but signals would stop at sh.'],
  }],
];

describe('claimsIn', () => {
  for (const [practice, { claims, not }] of CASES) {
    for (const sentence of claims) {
      it(`${practice}: "${sentence}" claims it`, () => {
        expect(claimsIn(sentence)).toContain(practice);
      });
    }
    for (const sentence of not) {
      it(`${practice}: "${sentence}" does not`, () => {
        expect(claimsIn(sentence)).not.toContain(practice);
      });
    }
  }

  it('finds several practices in one paragraph, sentence by sentence', () => {
    expect(claimsIn('The app runs as a non-root user. Its base image is pinned to ' +
      '`python:3.12-slim`. I considered a multi-stage build.').sort())
      .toEqual(['non-root', 'pinned-base']);
  });
});

describe('advice is not a claim', () => {
  // A "Best practices" list of general bullets says what one should do, not what this file does.
  const advice = [
    'Use a `.dockerignore` to keep the build context small.',
    "Don't run the container as root.",
    'Exclude files that the build does not need with .dockerignore',
    'Rootless containers - switch from root to a user of your own.',
    'Multi-stage builds allow you to ship only what the app needs.',
    'It is good practice to pin the base image to a version.',
    'Order the instructions so that dependency layers stay cached.',
    'In a multi-stage build, copy only the finished artifacts into the last stage.',
    'With a multi-stage build you can leave the compilers behind.',
    'To keep secrets out of your image, list them in a .dockerignore file.',
    'The image may be made smaller with `--no-cache-dir`.',
    'Good practice to skip root, and add a special user for the app.',
    'Secure the container by creating a special user.',
    'Few apps need root, so try to use a USER instruction to switch to a non-root account.',
  ];
  for (const sentence of advice) {
    it(`"${sentence}" claims nothing`, () => {
      expect(claimsIn(sentence)).toEqual([]);
    });
  }

  it('an imperative under a heading that says the practices are used is a claim', () => {
    expect(claimsIn('Use a `.dockerignore` to keep the build context small.', { inUse: true }))
      .toEqual(['dockerignore']);
  });

  it('the past tense and "Use of" say what was done', () => {
    expect(claimsIn('Used a `.dockerignore` to keep the build context small.'))
      .toEqual(['dockerignore']);
    expect(claimsIn('Use of a non-root user with a fixed UID.')).toEqual(['non-root']);
  });

  it('reads which headings and lists say their practices are in use', () => {
    expect(saysInUse('Best practices I used')).toBe(true);
    expect(saysInUse('Practices employed in this image')).toBe(true);
    expect(saysInUse('These are the practices this project follows, as we:')).toBe(true);
    expect(saysInUse('Best practices for Docker')).toBe(false);
    expect(listSaysDone(['Used a slim base', 'Added a user', 'Exposed one port'])).toBe(true);
    expect(listSaysDone(['Use a slim base', 'Add a user', 'Expose one port'])).toBe(false);
  });

  it('tells advice from a claim, sentence by sentence', () => {
    expect(isAdvice('Avoid running containers as root.')).toBe(true);
    expect(isAdvice('Created a user `app` so the server does not run as root.')).toBe(false);
  });
});

describe('the misses seen on real write-ups', () => {
  it('reads a short item in the past tense as a statement, not a label', () => {
    expect(claimsIn('Added Service User')).toEqual(['non-root']);
    expect(claimsIn('Used rootless image')).toEqual(['non-root']);
    // A noun phrase that short stays a label (a table of contents), participle or not.
    expect(claimsIn('Rootless container')).toEqual([]);
    expect(claimsIn('Pinned base image')).toEqual([]);
  });

  it('reads a label and its value as the sentence it stands for', () => {
    expect(claimsIn('User Created: `svc`')).toEqual(['non-root']);
    expect(claimsIn('**User Created:** `svc`')).toEqual(['non-root']);
    expect(claimsIn('Image Selected: `python:3.12-slim`')).toEqual([]);
  });

  it('reads a keyword one edit off as the keyword (six letters or more)', () => {
    expect(claimsIn('Used a mutli-stage build so compilers stay out of the image.'))
      .toEqual(['multi-stage']);
    expect(claimsIn('The service runs under a rootles account of its own.'))
      .toEqual(['non-root']);
    expect(claimsIn('A HEALTHCHEK polls `/health` every 30 seconds in my file.'))
      .toEqual(['healthcheck']);
    expect(claimsIn('The app runs as a nonroot user.')).toEqual(['non-root']);
    expect(claimsIn('The app runs as a non root user.')).toEqual(['non-root']);
  });

  it('does not correct words that are merely close to a short keyword', () => {
    expect(claimsIn('The image runs its worker from a roots folder in my file.')).toEqual([]);
  });
});

describe('claims against a practice', () => {
  const against = (sentence: string, options = {}) => practicesIn(sentence, options)
    .filter((m) => m.stance === 'against').map((m) => m.practice);

  it('reads "the latest image" and `:latest` as a claim that the base is not pinned', () => {
    expect(against('Relying on the plain, latest Node image.')).toEqual(['pinned-base']);
    expect(against('Used `python:latest` as the base, to keep it simple.'))
      .toEqual(['pinned-base']);
    expect(against('The base image is not pinned in my file yet.')).toEqual(['pinned-base']);
    // Not a claim for it either.
    expect(claimsIn('Relying on the plain, latest Node image.')).toEqual([]);
  });

  it('is not one when turned down, hedged or advice: then the practice\'s words decide', () => {
    expect(against('I did not use :latest anywhere in the file.')).toEqual([]);
    expect(claimsIn('I did not use :latest anywhere in the file.')).toEqual(['pinned-base']);
    expect(against('You could use the latest Python image for a quick try.')).toEqual([]);
    expect(against('Never use the `latest` tag for a base image.')).toEqual([]);
  });

  it('reads "latest" as a release when the text around it names a version', () => {
    expect(against('Using the latest Python image worked like a charm.', { versioned: true }))
      .toEqual([]);
    expect(against('Using the latest Python image worked like a charm.'))
      .toEqual(['pinned-base']);
  });
});

describe('headingPractices', () => {
  it('reads a practice named in a heading', () => {
    expect(headingPractices('👤 Non-root User — Meet `appuser`').named).toEqual(['non-root']);
  });

  it('reads a heading that turns one down', () => {
    expect(headingPractices('🧪 Multi-stage Build? Not Needed.')).toEqual({
      named: [], turnedDown: ['multi-stage'],
    });
  });
});
