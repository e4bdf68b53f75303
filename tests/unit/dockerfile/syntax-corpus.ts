/**
 * Test helper: a corpus of Dockerfile lines for the syntax checks (valid and invalid lines of
 * each kind, and lines for every error our own checks recognise), seeded random mutations of
 * them, random token files and whole-file cases; used by `parse/syntax.test.ts` and the
 * browser-entry test.
 */

export const LINES = [
  'RUN apt-get update && apt-get install -y curl', 'RUN echo "a" \\\n    && b \\\n  # note\n  && c',
  'RUN <<EOF\necho hi\nEOF', 'RUN <<-EOF\n\techo x\n\tEOF', 'COPY <<EOF /f\nx\nEOF', 'ARG A=1',
  'ARG B', 'ARG C="x y"', "ARG D='x'", 'ARG A B', 'ARG =x', 'ARG A=${B:x}', 'ENV X=1 Y="two"',
  'ENV LEGACY value here', 'ENV PATH /opt/bin:$PATH', 'ENV A=', 'ENV', 'ENV A', 'ENV A=1 B',
  'ENV A="x', 'ENV A="x"b', 'ENV A=${B:-x}', 'ENV A=${B:}', 'ENV A=${B-x}', 'ENV A=a\\ b',
  'ENV "A"=b', 'LABEL a=b c=d', 'LABEL description="My app" version=1.0', 'LABEL "q"="r"',
  'LABEL x', 'LABEL a=${B?err}', 'COPY . .', 'COPY a', 'COPY a b c', 'COPY a b c/',
  'COPY --from=build /a /b', 'COPY --from= a b', 'COPY --from=-x a b', 'COPY --chown=1:1 a b',
  'COPY --chown=1 --chown=2 a b', 'COPY --link a b', 'COPY --link=maybe a b',
  'COPY --parents a b/', 'COPY --foo a b', 'COPY --chmod a b', 'COPY --exclude=*.md . .',
  'COPY "a b" /c/', 'COPY ["a", "b", "c"]', 'COPY a--b --link c d',
  'ADD --checksum=sha256:x http://a /b', 'ADD --unpack a b', 'ADD --keep-git-dir=true a b',
  'ADD --keep-git-dir=maybe a b', 'ADD ["a", "b"]', 'ADD a', 'CMD ["python", "app.py"]',
  "CMD ['a']", 'CMD', 'ENTRYPOINT', 'ENTRYPOINT ["x"]', 'SHELL ["/bin/sh", "-c"]', 'SHELL /bin/sh',
  'SHELL []', 'SHELL ["a]", "b"]', 'SHELL [ "a" , "b" ]', 'SHELL ["a\\"b"]', 'EXPOSE 80',
  'EXPOSE 80/udp 443/TCP', 'EXPOSE 80/xyz', 'EXPOSE $PORT', 'EXPOSE abc',
  'EXPOSE 8000-8010', 'EXPOSE 80:90', 'EXPOSE "80"', 'HEALTHCHECK CMD curl -f http://x',
  'HEALTHCHECK --interval=30s --timeout=3s CMD x', 'HEALTHCHECK --retries=3 CMD a',
  'HEALTHCHECK --retries=0 CMD a', 'HEALTHCHECK --interval=5 CMD a', 'HEALTHCHECK CMD',
  'HEALTHCHECK --interval=1m30s CMD a', 'HEALTHCHECK --interval=1s --interval=2s CMD a',
  'HEALTHCHECK NONE', 'HEALTHCHECK NONE x', 'HEALTHCHECK --foo=1s CMD a', 'HEALTHCHECK FOO',
  'STOPSIGNAL SIGTERM', 'STOPSIGNAL 9', 'STOPSIGNAL $X', 'STOPSIGNAL abc', 'STOPSIGNAL a b',
  'ONBUILD RUN x', 'ONBUILD FROM x', 'USER app', 'USER', 'WORKDIR /app', 'WORKDIR app',
  'WORKDIR ${HOME}/x', 'WORKDIR', 'VOLUME /data', 'VOLUME', 'MAINTAINER me', 'FOO bar',
  'RUN --mount=type=cache,target=/x pip install x', '# comment', 'RUN x \\\n\n  y',
  'FROM python:3.12 AS build', 'FROM alpine', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS b2',
  'FROM --platform linux a', 'FROM --foo=x a', 'FROM scratch', 'FROM ${IMG}', 'FROM $X AS y',
  'FROM python:${V}-slim', 'FROM a@sha256:abc123', 'FROM reg.io/team/app:1.0',
  'FROM localhost:5000/app', 'FROM reg:5000/a:1.2', 'FROM a:1@sha256:0f', 'FROM a:@sha256:0f',
  'FROM a:-x', 'FROM a:', 'FROM a b', 'FROM a AS b c', 'FROM a AS 1bad', 'FROM a AS A',
  'from alpine as Final', 'fRoM a',
];

/** Lines for the errors our own checks recognise (and valid forms next to them). */
export const MORE_LINES = [
  'COPPY a b', 'RUNN x', 'FORM alpine', 'foo', 'EXPOSE', 'FROM', 'COPY', 'ADD', 'ARG', 'LABEL',
  'SHELL', 'STOPSIGNAL', 'ONBUILD', 'HEALTHCHECK', 'MAINTAINER', 'FROM --platform=x',
  'FROM --platform a', 'FROM --platform= a', 'FROM -- a', 'FROM --=x a', 'FROM --chmod=1 a',
  'FROM a as b', 'FROM a AS b.c-d_e', 'FROM a X b', 'FROM a AS b_', 'FROM a AS', 'FROM a b c d',
  'FROM --x --y a b', 'COPY --chmod=755 a b', 'COPY --chmod= a b', 'COPY --link= a b',
  'COPY --link=TRUE a b', 'COPY --parents=no a b/', 'COPY --from=a --from=b x y',
  'COPY --from=_x a b', 'COPY --from a b', 'COPY -- a b', 'COPY --=1 a b', 'COPY --bogus=1 a',
  'COPY --chown=a --chmod=1 --chown=b a b c', 'COPY a b c\\', 'COPY --from=x', 'COPY ["a"]',
  'COPY ["a", "b", "c/"]', 'COPY ["a","b","c"]', 'COPY --chown=1 ["a", "b"]', 'COPY [ "a" ]',
  'COPY ["a b", "c d", "e"]', 'ADD --link --link a b', 'ADD --checksum a b', 'ADD --chown a b c',
  'ADD --exclude=x a b/', 'ADD --keep-git-dir a b', 'ADD --from=a b c', 'ADD a b c d',
  'ENV =x', 'ENV A=1 =2', 'ENV A=1 B C', 'ENV A B=1', 'ENV A=b=c', 'LABEL =x', 'LABEL a=1 b',
  'LABEL a b c', 'ARG A=1 B', 'ARG A=b=c', 'ENV A= B=', 'EXPOSE 80/tcp/x', 'EXPOSE 80/t',
  'EXPOSE 80/abc 90/def', 'EXPOSE "80/udp"', 'EXPOSE 1-2:3-4/sctp', 'EXPOSE 80:', 'EXPOSE "',
  'EXPOSE 80 abc 90', 'EXPOSE 80/', 'STOPSIGNAL SIGKILL x', 'STOPSIGNAL 9x', 'STOPSIGNAL sigterm',
  'STOPSIGNAL SIG', 'STOPSIGNAL 15', 'SHELL sh -c', 'SHELL [ ]', 'SHELL "sh"', 'SHELL ,',
  'SHELL ]', 'SHELL [sh]', 'HEALTHCHECK none', 'HEALTHCHECK cmd', 'HEALTHCHECK cmd x y',
  'HEALTHCHECK NONE CMD', 'HEALTHCHECK x --interval=1s', 'HEALTHCHECK CMD --x', 'ONBUILD FOO x',
  'ONBUILD MAINTAINER me', 'ONBUILD ONBUILD RUN x', 'ONBUILD COPY a', 'ONBUILD EXPOSE abc',
  'ONBUILD SHELL sh', 'ONBUILD SHELL ["sh"]', 'ONBUILD FROM a AS 1x', 'ONBUILD ENV A',
  'ONBUILD USER', 'ONBUILD ADD a b', 'ONBUILD RUN ${A:x}', 'ONBUILD STOPSIGNAL x',
  '# dockerfile-utils: ignore', 'USER ${A:x}', 'FOO ${A:x}', 'FOO $A', 'Foo \\\n bar',
  'COPY a \\\n  b', 'ENV A=1 \\\n  B=2', 'FROM a \\\n  AS build', 'FROM a AS \\\n  b2',
  'LABEL a=b \\\n  # c\n  d=e', 'ONBUILD \\\n  FOO x', 'EXPOSE 80 \\\n  abc', 'FR\\\nOM a',
  'CO\\\nPY a', 'FO\\\nO x', 'VOLUME ["/a"]', 'WORKDIR C:\\\\x', 'USER a b',
];

export const WHOLE_FILES = ['', '# only a comment\n', 'ARG A=1\n', 'RUN x\nFROM a\n',
  'ARG V=1\nFROM a AS b\nFROM c AS B\n', '# escape=x\nFROM a\n',
  '# escape=`\n# escape=`\nFROM a\n', '# dockerfile-utils: ignore\nFOO bar\nFROM a\n',
  'ARG BASE\nFROM ${BASE}\n', 'ARG A B\nFROM $A\n', 'FROM $BUILDPLATFORM\n',
  'ARG X=1\nFROM a\nARG Y\nFROM ${Y}\n', 'FROM --platform=$P $IMAGE\n',
  'FROM --platform=${P $IMAGE\n', 'ARG B=x\nFROM ${B:-y}\n', 'ARG B=x\nFROM $B AS b\n',
  '# escape=x\n# escape=y\nFROM a\n', '#escape=\nFROM a\n', '# ESCAPE=x\nFROM a\n',
  'FROM a AS x\nFROM b AS x\nFROM c AS X\n', 'FROM a AS x\nFROM b \\\n  AS x\n',
  'FROM a AS x\nFROM b \\\n  AS y\n', 'FROM a AS x\nFROM b AS x --z\n',
  'FROM a AS x\nFROM b AS x\nFROM c \\\n  AS x\n',
  'FROM a\n# dockerfile-utils: ignore\nCOPPY a b\n', 'FROM a\n# dockerfile-utils: ignore\n\nFOO\n',
  'FROM a\n#  dockerfile-utils: ignore  \nUSER\n', '# dockerfile-utils: ignore\nRUN x\n',
  'FROM a AS x\n# dockerfile-utils: ignore\nFROM b AS x\n', 'ARG A\nARG B\n', 'FOO\nBAR\n',
  'FROM a\n# dockerfile-utils: ignore\nONBUILD \\\n FOO\n', 'ONBUILD RUN x\nFROM a\n',
  'FROM a\r\nCOPPY a b\r\nEXPOSE abc\r\n', 'FROM a\rUSER\rFOO x\r', '\uFEFFFOO x\nFROM a\n',
  'FROM a\nRUN <<EOF\nFOO\nEOF\nUSER\n', 'FROM a\nCOPY <<EOF /x\nbody\nEOF\nLABEL x\n',
];

/** Seeded mutations: characters inserted, dropped or replaced in a few lines. */
export function mutations(lines: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const bits = ['"', "'", '$', '{', '}', ':', '-', '=', '\\', '`', '@', '/', ' ', '\t', '--', '${',
    ':-', ':+', '[', ']', ',', '#', '\n', 'AS', '0', 'x', 'SIG', 'CMD', 'NONE', '<<', 's', 'tcp'];
  const froms = lines.filter((l) => /^from /i.test(l));
  return Array.from({ length: count }, () => {
    let text = next() < 0.1 ? pick(['# escape=`\n', '# escape=x\n', '# escape=\\\n# escape=`\n'])
      : '';
    if (next() < 0.9) text += `${pick(froms)}\n`;
    const length = 1 + Math.floor(next() * 5);
    for (let k = 0; k < length; k++) {
      let line = pick(lines);
      if (next() < 0.5) {
        const at = Math.floor(next() * (line.length + 1));
        const cut = next() < 0.5 ? 0 : 1;
        line = line.slice(0, at) + (next() < 0.7 ? pick(bits) : '') + line.slice(at + cut);
      }
      text += `${line}\n`;
    }
    return text;
  });
}

/** Seeded random files of Dockerfile tokens: keywords, escapes, flags, quotes, line breaks. */
export function tokenSoup(count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const tokens = ['RUN', 'run', 'FROM', 'COPY', 'ADD', 'ONBUILD', 'ENV', 'EXPOSE', 'LABEL', 'ARG',
    'SHELL', 'HEALTHCHECK', 'STOPSIGNAL', 'USER', 'x', 'b', 'a=b', ' ', '  ', '\t', '\n', '\n',
    '\r\n', '\r', '\\', '\\', '`', '#', '# c', '# escape=`', '<<EOF', 'EOF', '<', '--from=a',
    '--link', '--platform=x', '"', "'", '=', '\\ ', '` ', 'AS', 'CMD', 'NONE', '80/tcp', 'SIGKILL',
    '[', ']', '["a"', ', "b"]', '$', '${A}', '${A:x}', '# dockerfile-utils: ignore\n',
    'FROM a AS b\n', 'FROM c AS b\n', 'FROM d \\\n AS b\n'];
  const heads = ['', '', '# escape=`\n', 'FROM a\n', 'FROM a\n', '# escape=x\n'];
  return Array.from({ length: count }, () => {
    let text = heads[Math.floor(next() * heads.length)] ?? '';
    const length = 1 + Math.floor(next() * 30);
    for (let k = 0; k < length; k++) text += tokens[Math.floor(next() * tokens.length)] ?? '';
    return text;
  });
}
