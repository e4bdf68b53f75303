/**
 * Analyse stage, Dockerfile engine: BuildKit's SecretsUsedInArgOrEnv check. Reports ARG and ENV
 * names that look like secrets (`API_KEY`, `DB_PASSWORD`, `GITHUB_TOKEN`), with BuildKit's
 * token list and its allow-list (`public`, `file`, `version`: `PUBLIC_KEY`, `PASSWORD_FILE`,
 * `AUTH_MODULE_VERSION` name no secret; `dockerfile2llb/validations.go`, `getSecretsRegex`).
 * ARGs before the first FROM are not checked, as in BuildKit: their values reach the image only
 * through a stage's own ARG, which is checked.
 */
import type { Rule, RuleHit, RuleText } from '../rule.ts';

const SECRET_TOKENS = ['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword',
  'passwd', 'secret', 'token'];
const ALLOWED_TOKENS = ['public', 'file', 'version'];

/** A token counts only as a whole `_`-separated part, so `MONKEY` or `KEYBOARD` pass. */
function wholePart(tokens: readonly string[]): RegExp {
  return new RegExp(`(?:_|^)(?:${tokens.join('|')})(?:_|$)`, 'i');
}

const SECRET = wholePart(SECRET_TOKENS);
const ALLOWED = wholePart(ALLOWED_TOKENS);

export const text: RuleText = {
  title: 'Do not pass secrets in ARG or ENV',
  description: 'An `ARG` or `ENV` whose name suggests a secret (a password, token, key or ' +
    'credential) should be replaced by a secret mount.',
  rationale: 'ENV values are stored in the image config and ARG values in its build history, so ' +
    'anyone who can pull the image can read them with `docker history` or `docker inspect`. ' +
    '`RUN --mount=type=secret` exposes the secret to one step without writing it anywhere.',
  upstreamUrl: 'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
  examples: {
    bad: 'FROM alpine:3.20\nARG GITHUB_TOKEN\nRUN wget -q --header="Authorization: Bearer ' +
      '$GITHUB_TOKEN" -O /tmp/user.json https://api.github.com/user\n',
    good: 'FROM alpine:3.20\nRUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN \\\n' +
      '    wget -q --header="Authorization: Bearer $GITHUB_TOKEN" -O /tmp/user.json ' +
      'https://api.github.com/user\n',
  },
};

export const rule: Rule = {
  id: 'SecretsUsedInArgOrEnv',
  source: 'buildkit',
  severity: 'warning',
  sameAs: [],
  scope: 'any',
  check({ model }) {
    const hits: RuleHit[] = [];
    const hasStages = model.stages.length > 0;
    for (const variable of model.variables) {
      if (hasStages && variable.stage < 0) continue;
      if (!SECRET.test(variable.name) || ALLOWED.test(variable.name)) continue;
      const instruction = model.instructions.find((i) => i.line === variable.line);
      hits.push({
        line: variable.line,
        endLine: instruction?.endLine ?? variable.line,
        message: `Do not use ARG or ENV instructions for sensitive data (${variable.kind} ` +
          `"${variable.name}"): pass it with \`RUN --mount=type=secret,id=…,env=` +
          `${variable.name}\` in the step that needs it.`,
      });
    }
    return hits;
  },
};
