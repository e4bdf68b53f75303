/**
 * Analyse stage, Dockerfile engine: DL3064 (hadolint) reports an ARG or ENV whose name suggests
 * a secret: one of a list of known secret names (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`…) or a
 * name containing `api_key`, `client_key`, `password`, `private`, `secret`, `token` or
 * `username`.
 */
import type { Rule, RuleText } from '../rule.ts';

const KNOWN = new Set(['ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN',
  'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'BITTREX_API_KEY', 'BITTREX_API_SECRET',
  'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD', 'CI_DEPLOY_USER',
  'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN',
  'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN',
  'GITHUB_TOKEN', 'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN',
  'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN', 'OKTA_OAUTH2_CLIENTID',
  'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME',
  'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN']);
const SUSPICIOUS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token',
  'username'];

const sensitive = (name: string): boolean => KNOWN.has(name.toUpperCase()) ||
  SUSPICIOUS.some((part) => name.toLowerCase().includes(part));

export const text: RuleText = {
  title: 'Sensitive data in ARG or ENV',
  description: 'An ARG or ENV name suggests a secret (a token, password or key).',
  rationale: 'ARG and ENV values are stored in the image\'s metadata and build history: ' +
    'anyone who can pull the image can read them with `docker history` or `docker inspect`. ' +
    'Secrets belong in a build secret (`RUN --mount=type=secret`) or the runtime environment.',
  upstreamUrl: 'https://github.com/hadolint/hadolint/wiki/DL3064',
  examples: {
    bad: 'FROM python:3.13-slim\nARG GITHUB_TOKEN\nRUN pip install --no-cache-dir ' +
      'git+https://${GITHUB_TOKEN}@github.com/example/private.git\n',
    good: 'FROM python:3.13-slim\nRUN --mount=type=secret,id=github_token \\\n' +
      '  pip install --no-cache-dir ' +
      'git+https://$(cat /run/secrets/github_token)@github.com/example/private.git\n',
  },
};

export const rule: Rule = {
  id: 'DL3064',
  source: 'hadolint',
  severity: 'warning',
  sameAs: ['SecretsUsedInArgOrEnv'],
  scope: 'any',
  check({ model }) {
    // The sensitive names by line, in one pass (a file may hold thousands of ARGs).
    const byLine = new Map<string, string[]>();
    for (const v of model.variables) {
      if (!sensitive(v.name)) continue;
      const key = `${v.kind} ${v.line}`;
      byLine.set(key, [...(byLine.get(key) ?? []), v.name]);
    }
    return model.instructions
      .filter((i) => i.keyword === 'ARG' || i.keyword === 'ENV')
      .flatMap((i) => {
        const names = byLine.get(`${i.keyword} ${i.line}`) ?? [];
        return names.length === 0 ? [] : [{ line: i.line, endLine: i.endLine,
          message: `${i.keyword} \`${names[0]}\` looks like a secret: its value stays in the ` +
            'image; use a build secret (`RUN --mount=type=secret`) instead' }];
      });
  },
};
