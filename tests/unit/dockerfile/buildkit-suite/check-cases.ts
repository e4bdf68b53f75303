/**
 * Test data: every case of BuildKit's build-check suite, ported from
 * `frontend/dockerfile/dockerfile_check_test.go` of moby/buildkit at commit
 * 73ed6825c4b7569379ef89df0aedcdbe64473d31 (2026-08-21). One case is one `checkLinterWarnings`
 * call there: a Dockerfile (and `.dockerignore`), and the warnings `docker build --check` gives,
 * as rule and line. Where the Go test names a Linux and a Windows variant, the Linux one is kept;
 * where it lists progress-stream and lint-subrequest (`UnmarshalWarnings`) results, the
 * subrequest's are kept, as that is what `docker build --check` prints (the subrequest does not
 * compare lines, so the lines here are the instructions' own). `needs` marks what a case
 * depends on beyond the checks themselves; `differs` a deliberate difference, with the reason.
 */

export interface ExpectedWarning {
  rule: string;
  line: number;
}

export interface CheckCase {
  /** The Go test function, and the case's position in it (1-based). */
  test: string;
  dockerfile: string;
  dockerignore?: string;
  warnings: ExpectedWarning[];
  /** Lines of the build error BuildKit reports for a parse error (our SS000). */
  syntaxErrorLines?: number[];
  /**
   * `check-directive`: the result depends on `# check=skip=…` comments (the engine's
   * suppression layer); `check-build-arg`: on the `BUILDKIT_DOCKERFILE_CHECK` build argument.
   */
  needs?: 'check-directive' | 'check-build-arg';
  /** `build-arg:BUILDKIT_DOCKERFILE_CHECK` given to the build (our `--buildkit-check`). */
  buildkitCheck?: string;
  /** The build's target platform (the Go test's `FrontendAttrs` `platform`; our `--platform`). */
  platform?: string;
  /**
   * The platforms the case's base images are published for, as the engine's image facts
   * (`imagePlatforms`): what the Go test pushed to its throwaway registry before the build.
   */
  imagePlatforms?: Record<string, string[]>;
  /** Why shipshape deliberately gives another result. */
  differs?: string;
}

/** The lines of a Dockerfile, as the Go raw strings hold them (a newline after each). */
function df(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

const w = (rule: string, ...lines: number[]): ExpectedWarning[] =>
  lines.map((line) => ({ rule, line }));

export const checkCases: CheckCase[] = [
  // testDefinitionDescription
  { test: 'testDefinitionDescription#1',
    dockerfile: df('# check=skip=all;experimental=InvalidDefinitionDescription',
      '# foo this is the foo', 'ARG foo=bar', '', '# base this is the base image',
      'FROM scratch AS base', '', '# version this is the version number', 'ARG version=latest',
      '', '# baz this is the baz', 'ARG foo=baz bar=qux baz=quux', '#', 'ARG bit=bat', '',
      '# comment for something other than ARG or FROM', 'COPY Dockerfile .'),
    warnings: [] },
  { test: 'testDefinitionDescription#2',
    dockerfile: df('# check=experimental=InvalidDefinitionDescription', '# bar this is the bar',
      'ARG foo=bar', '# BasE this is the BasE image', 'FROM scratch AS base',
      '# definitely a bad comment', 'ARG version=latest', '# definitely a bad comment',
      'ARG foo=baz bar=qux baz=quux'),
    warnings: w('InvalidDefinitionDescription', 3, 5, 7, 9) },
  // testCopyIgnoredFiles
  ...[1, 2].map((n) => ({ test: `testCopyIgnoredFiles#${n}`,
    dockerignore: df('', 'Dockerfile'),
    dockerfile: df('', 'FROM scratch', 'COPY Dockerfile .', 'ADD Dockerfile /windy'),
    warnings: w('CopyIgnoredFile', 3, 4) })),
  { test: 'testCopyIgnoredFiles#3', dockerignore: df('', 'Dockerfile'),
    dockerfile: df('# check=skip=CopyIgnoredFile', '', 'FROM scratch', 'COPY Dockerfile .',
      'ADD Dockerfile /windy'),
    warnings: [], needs: 'check-directive' },
  { test: 'testCopyIgnoredFiles#4', dockerignore: df('', 'foobar'),
    dockerfile: df('', 'FROM scratch AS base', 'COPY Dockerfile /foobar',
      'ADD Dockerfile /windy', '', 'FROM base', 'COPY --from=base /foobar /Dockerfile'),
    warnings: [] },
  { test: 'testCopyIgnoredFiles#5', dockerignore: df('', '**', '!Dockerfile'),
    dockerfile: df('', 'FROM scratch', 'COPY ./Dockerfile .'), warnings: [] },
  { test: 'testCopyIgnoredFiles#6', dockerignore: df('', '**', '!Dockerfile'),
    dockerfile: df('', 'FROM scratch', 'COPY . .', '\t'), warnings: [] },
  // testCopyIgnoredFileContextRoot
  { test: 'testCopyIgnoredFileContextRoot/dotfiles', dockerignore: df('', '.*'),
    dockerfile: df('', 'FROM scratch', 'COPY . .'), warnings: [] },
  { test: 'testCopyIgnoredFileContextRoot/wildcard', dockerignore: df('', '*'),
    dockerfile: df('', 'FROM scratch', 'COPY . .'), warnings: w('CopyIgnoredFile', 3) },
  // testSecretsUsedInArgOrEnv
  { test: 'testSecretsUsedInArgOrEnv#1',
    dockerfile: df('# check=skip=InvalidDefinitionDescription', '', 'FROM scratch',
      'ARG SECRET_PASSPHRASE', 'ENV SUPER_Secret=foo', 'ENV password=bar secret=baz',
      'ARG super_duper_secret_token=foo auth=bar', 'ENV apikey=bar sunflower=foo',
      'ENV git_key=', 'ENV PUBLIC_KEY=', 'ARG public_token', 'ARG SECRET_PASSPHRASE_FILE',
      'ENV password_file=bar secret_File=baz', 'ARG AUTH_MODULE_VERSION',
      '# check=skip=SecretsUsedInArgOrEnv // allow secret in environment', 'ENV password=bar',
      '# check=skip=SecretsUsedInArgOrEnv // allow secret in arg', 'ARG password',
      '# check=skip=all // is local to only this instruction', 'ENV alternate_password=bar',
      '# check=skip=all // is local to only this instruction', 'ARG alternate_password'),
    warnings: w('SecretsUsedInArgOrEnv', 4, 5, 6, 6, 7, 7, 8, 9), needs: 'check-directive' },
  // testAllTargetUnmarshal
  { test: 'testAllTargetUnmarshal#1',
    dockerfile: df('', 'FROM scratch AS first', 'COPY $foo .', '', 'FROM scratch AS second',
      'COPY $bar .'),
    warnings: w('UndefinedVar', 3, 6) },
  // testRuleCheckOption
  ...['skip=all', 'skip=all;error=true', 'skip=ConsistentInstructionCasing,FromAsCasing',
    'skip=ConsistentInstructionCasing,FromAsCasing;error=true'].map((check, k) => ({
    test: `testRuleCheckOption#${k + 1}`,
    dockerfile: df(`#check=${check}`, 'FROM scratch as base', 'copy Dockerfile .'),
    warnings: [], needs: 'check-directive' as const })),
  ...['skip=ConsistentInstructionCasing', 'skip=ConsistentInstructionCasing;error=true']
    .map((check, k) => ({
      test: `testRuleCheckOption#${k + 5}`,
      dockerfile: df(`#check=${check}`, 'FROM scratch as base', 'copy Dockerfile .'),
      warnings: w('FromAsCasing', 2), needs: 'check-directive' as const })),
  { test: 'testRuleCheckOption#7',
    dockerfile: df('#check=skip=all', 'FROM scratch as base', 'copy Dockerfile .'),
    warnings: w('FromAsCasing', 2), needs: 'check-build-arg',
    buildkitCheck: 'skip=ConsistentInstructionCasing;error=true' },
  { test: 'testRuleCheckOption#8',
    dockerfile: df('#check=error=true', 'FROM scratch as base', 'copy Dockerfile .'),
    warnings: [], needs: 'check-build-arg', buildkitCheck: 'skip=all' },
  // testStageName
  { test: 'testStageName#1',
    dockerfile: df('', '# warning: stage name should be lowercase', '#',
      'FROM scratch AS BadStageName', '', "# warning: 'as' should match 'FROM' cmd casing.", '#',
      'FROM scratch as base2', '', 'FROM scratch AS base3'),
    warnings: [...w('StageNameCasing', 4), ...w('FromAsCasing', 8)] },
  { test: 'testStageName#2',
    dockerfile: df('', "# warning: 'AS' should match 'from' cmd casing.", '#',
      'from scratch AS base', '', 'from scratch as base2'),
    warnings: w('FromAsCasing', 4) },
  // testNoEmptyContinuation
  { test: 'testNoEmptyContinuation#1',
    dockerfile: df('', 'FROM scratch', '# warning: empty continuation line',
      'COPY Dockerfile \\', '', '.', 'COPY Dockerfile \\', '.'),
    warnings: w('NoEmptyContinuation', 6) },
  // testConsistentInstructionCasing
  { test: 'testConsistentInstructionCasing#1',
    dockerfile: df('', "# warning: 'FROM' should be either lowercased or uppercased", '#',
      'From scratch as base', 'FROM scratch AS base2'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#2',
    dockerfile: df('', 'FROM scratch',
      "# warning: 'copy' should match command majority's casing (uppercase)",
      'copy Dockerfile /foo', 'COPY Dockerfile /bar'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#3',
    dockerfile: df('', "# warning: 'frOM' should be either lowercased or uppercased", '#',
      'frOM scratch as base', 'from scratch as base2'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#4',
    dockerfile: df('', 'from scratch',
      "# warning: 'COPY' should match command majority's casing (lowercase)",
      'COPY Dockerfile /foo', 'copy Dockerfile /bar'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#5',
    dockerfile: df('', "# warning: 'from' should match command majority's casing (uppercase)",
      '#', 'from scratch', 'COPY Dockerfile /foo', 'COPY Dockerfile /bar',
      'COPY Dockerfile /baz'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#6',
    dockerfile: df('', "# warning: 'FROM' should match command majority's casing (lowercase)",
      '#', 'FROM scratch', 'copy Dockerfile /foo', 'copy Dockerfile /bar',
      'copy Dockerfile /baz'),
    warnings: w('ConsistentInstructionCasing', 4) },
  { test: 'testConsistentInstructionCasing#7',
    dockerfile: df('', 'from scratch', 'copy Dockerfile /foo', 'copy Dockerfile /bar'),
    warnings: [] },
  { test: 'testConsistentInstructionCasing#8',
    dockerfile: df('', 'FROM scratch', 'COPY Dockerfile /foo', 'COPY Dockerfile /bar'),
    warnings: [] },
  { test: 'testConsistentInstructionCasing#9',
    dockerfile: df('', 'FROM alpine', "RUN <<'EOT'", 'env', 'EOT'), warnings: [] },
  // testDuplicateStageName
  { test: 'testDuplicateStageName#1',
    dockerfile: df('', 'FROM scratch AS b', 'FROM scratch AS b'),
    warnings: w('DuplicateStageName', 3) },
  { test: 'testDuplicateStageName#2',
    dockerfile: df('', 'FROM scratch AS b1', 'FROM scratch AS b2'), warnings: [] },
  // testReservedStageName
  { test: 'testReservedStageName#1',
    dockerfile: df('', 'FROM scratch AS scratch', 'FROM scratch AS context'),
    warnings: w('ReservedStageName', 2, 3) },
  { test: 'testReservedStageName#2',
    dockerfile: df('', 'FROM scratch', 'FROM scratch AS a'), warnings: [] },
  // testJSONArgsRecommended
  { test: 'testJSONArgsRecommended#1', dockerfile: df('', 'FROM scratch', 'CMD mycommand'),
    warnings: w('JSONArgsRecommended', 3) },
  { test: 'testJSONArgsRecommended#2',
    dockerfile: df('', 'FROM scratch', 'ENTRYPOINT mycommand'),
    warnings: w('JSONArgsRecommended', 3) },
  ...['CMD', 'ENTRYPOINT'].map((keyword, k) => ({ test: `testJSONArgsRecommended#${k + 3}`,
    dockerfile: df('', 'FROM scratch', 'SHELL ["/usr/bin/customshell"]', `${keyword} mycommand`),
    warnings: [] })),
  ...['CMD', 'ENTRYPOINT'].map((keyword, k) => ({ test: `testJSONArgsRecommended#${k + 5}`,
    dockerfile: df('', 'FROM scratch AS base', 'SHELL ["/usr/bin/customshell"]', '',
      'FROM base', `${keyword} mycommand`),
    warnings: [] })),
  // testMaintainerDeprecated
  { test: 'testMaintainerDeprecated#1',
    dockerfile: df('', 'FROM scratch', 'MAINTAINER me@example.org'),
    warnings: w('MaintainerDeprecated', 3) },
  { test: 'testMaintainerDeprecated#2',
    dockerfile: df('', 'FROM scratch', 'LABEL org.opencontainers.image.authors="me@example.org"'),
    warnings: [] },
  { test: 'testMaintainerDeprecated#3',
    dockerfile: df('', 'FROM scratch', '# check=skip=JSONArgsRecommended', 'CMD mycommand'),
    warnings: [], needs: 'check-directive' },
  { test: 'testMaintainerDeprecated#4',
    dockerfile: df('', 'FROM scratch', '# check=skip=JSONArgsRecommended',
      'ENTRYPOINT mycommand'),
    warnings: [], needs: 'check-directive' },
  { test: 'testMaintainerDeprecated#5',
    dockerfile: df('', 'FROM scratch', '# check=skip=MaintainerDeprecated',
      'MAINTAINER me@example.org'),
    warnings: [], needs: 'check-directive' },
  // testWarningsBeforeError
  { test: 'testWarningsBeforeError#1',
    dockerfile: df('', 'FROM scratch AS BadStageName', 'MAINTAINER me@example.org', 'BADCMD'),
    warnings: [...w('StageNameCasing', 2), ...w('MaintainerDeprecated', 3)],
    syntaxErrorLines: [4] },
  // testUndeclaredArg
  { test: 'testUndeclaredArg#1',
    dockerfile: df('', 'ARG base=scratch', 'FROM $base', 'COPY Dockerfile .'), warnings: [] },
  { test: 'testUndeclaredArg#2',
    dockerfile: df('', 'ARG BUILDPLATFORM=linux/amd64', 'FROM --platform=$BUILDPLATFORM scratch',
      'COPY Dockerfile .'),
    warnings: [] },
  { test: 'testUndeclaredArg#3',
    dockerfile: df('', 'FROM --platform=$BUILDPLATFORM scratch', 'COPY Dockerfile .'),
    warnings: [] },
  { test: 'testUndeclaredArg#4',
    dockerfile: df('', 'ARG DEBUG', 'FROM scratch${DEBUG}', 'COPY Dockerfile .'), warnings: [] },
  { test: 'testUndeclaredArg#5',
    dockerfile: df('', 'ARG DEBUG', 'FROM scra${DEBUG:-tch}', 'COPY Dockerfile .'),
    warnings: [] },
  { test: 'testUndeclaredArg#6',
    dockerfile: df('', 'ARG DEBUG=""', 'FROM scratch${DEBUG-@bogus}', 'COPY Dockerfile .'),
    warnings: [] },
  { test: 'testUndeclaredArg#7',
    dockerfile: df('', 'FROM --platform=$BULIDPLATFORM scratch', 'COPY Dockerfile .'),
    warnings: w('UndefinedArgInFrom', 2) },
  { test: 'testUndeclaredArg#8',
    dockerfile: df('', 'ARG MY_OS=linux', 'ARG MY_ARCH=amd64',
      'FROM --platform=linux/${MYARCH} busybox', 'COPY Dockerfile .', '\t'),
    warnings: w('UndefinedArgInFrom', 4) },
  { test: 'testUndeclaredArg#9',
    dockerfile: df('', 'ARG tag=latest', 'FROM busybox:${tag}${version} AS b',
      'COPY Dockerfile .'),
    warnings: w('UndefinedArgInFrom', 3) },
  // testWorkdirRelativePath
  { test: 'testWorkdirRelativePath#1', dockerfile: df('', 'FROM scratch', 'WORKDIR app/'),
    warnings: w('WorkdirRelativePath', 3) },
  { test: 'testWorkdirRelativePath#2',
    dockerfile: df('', 'FROM scratch AS a', 'WORKDIR /app', '', 'FROM a AS b',
      'WORKDIR subdir/'),
    warnings: [] },
  { test: 'testWorkdirRelativePath#3',
    dockerfile: df('', 'FROM scratch', '# check=skip=WorkdirRelativePath', 'WORKDIR app/'),
    warnings: [], needs: 'check-directive' },
  // testUnmatchedVars
  { test: 'testUnmatchedVars#1',
    dockerfile: df('', 'FROM scratch', 'ARG foo', 'COPY Dockerfile${foo} .'), warnings: [] },
  { test: 'testUnmatchedVars#2',
    dockerfile: df('', 'FROM alpine AS base', 'ARG foo=Dockerfile', '', 'FROM base',
      'COPY $foo .'),
    warnings: [] },
  { test: 'testUnmatchedVars#3', dockerfile: df('', 'FROM alpine', 'RUN echo $PATH'),
    warnings: [] },
  { test: 'testUnmatchedVars#4',
    dockerfile: df('', 'FROM alpine', 'COPY $foo .', 'ARG foo=bar', 'RUN echo $foo'),
    warnings: w('UndefinedVar', 3) },
  { test: 'testUnmatchedVars#5',
    dockerfile: df('', 'FROM alpine', 'ARG DIR_BINARIES=binaries/', 'ARG DIR_ASSETS=assets/',
      'ARG DIR_CONFIG=config/', 'COPY $DIR_ASSET .', '\t'),
    warnings: w('UndefinedVar', 6) },
  { test: 'testUnmatchedVars#6',
    dockerfile: df('', 'FROM alpine', 'ENV PATH=$PAHT:/tmp/bin', '\t\t'),
    warnings: w('UndefinedVar', 3) },
  // testMultipleInstructionsDisallowed
  { test: 'testMultipleInstructionsDisallowed#1',
    dockerfile: df('', 'FROM scratch', 'ENTRYPOINT ["/myapp"]', 'ENTRYPOINT ["/myotherapp"]',
      'CMD ["/myapp"]', 'CMD ["/myotherapp"]', 'HEALTHCHECK CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myotherapp"]'),
    warnings: w('MultipleInstructionsDisallowed', 3, 5, 7) },
  { test: 'testMultipleInstructionsDisallowed#2',
    dockerfile: df('', 'FROM scratch', 'ENTRYPOINT ["/myapp"]', 'CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myapp"]', 'COPY <<EOF /a.txt', 'Hello, World!', 'EOF',
      'ENTRYPOINT ["/myotherapp"]', 'CMD ["/myotherapp"]', 'HEALTHCHECK CMD ["/myotherapp"]'),
    warnings: w('MultipleInstructionsDisallowed', 3, 4, 5) },
  { test: 'testMultipleInstructionsDisallowed#3',
    dockerfile: df('', 'FROM scratch AS a', 'ENTRYPOINT ["/myapp"]', 'CMD ["/myapp"]',
      'HEALTHCHECK CMD ["/myapp"]', '', 'FROM a AS b', 'ENTRYPOINT ["/myotherapp"]',
      'CMD ["/myotherapp"]', 'HEALTHCHECK CMD ["/myotherapp"]'),
    warnings: [] },
  // testLegacyKeyValueFormat
  { test: 'testLegacyKeyValueFormat#1',
    dockerfile: df('', 'FROM scratch', 'ENV testkey value', 'LABEL key value'),
    warnings: w('LegacyKeyValueFormat', 3, 4) },
  { test: 'testLegacyKeyValueFormat#2',
    dockerfile: df('', 'FROM scratch', 'ENV testkey=value', 'LABEL key=value'), warnings: [] },
  { test: 'testLegacyKeyValueFormat#3',
    dockerfile: df('', 'FROM scratch AS a', '', 'FROM a AS b', 'ENV testkey value',
      'LABEL key value', '', 'FROM a AS c'),
    warnings: w('LegacyKeyValueFormat', 5, 6) },
  { test: 'testLegacyKeyValueFormat#4',
    dockerfile: df('', 'FROM scratch', '# check=skip=LegacyKeyValueFormat', 'ENV testkey value',
      '# check=skip=LegacyKeyValueFormat', 'LABEL key value'),
    warnings: [], needs: 'check-directive' },
  // testRedundantTargetPlatform
  { test: 'testRedundantTargetPlatform#1',
    dockerfile: df('', 'FROM --platform=$TARGETPLATFORM scratch'),
    warnings: w('RedundantTargetPlatform', 2) },
  { test: 'testRedundantTargetPlatform#2',
    dockerfile: df('', 'FROM --platform=${TARGETPLATFORM} scratch'),
    warnings: w('RedundantTargetPlatform', 2) },
  { test: 'testRedundantTargetPlatform#3',
    dockerfile: df('', '# check=skip=RedundantTargetPlatform',
      'FROM --platform=$TARGETPLATFORM scratch'),
    warnings: [], needs: 'check-directive' },
  // testInvalidDefaultArgInFrom (the build arguments the Go test passes do not change a lint)
  { test: 'testInvalidDefaultArgInFrom#1',
    dockerfile: df('', 'ARG VERSION', 'FROM busybox:$VERSION'),
    warnings: w('InvalidDefaultArgInFrom', 3) },
  { test: 'testInvalidDefaultArgInFrom#2', dockerfile: df('', 'ARG IMAGE', 'FROM $IMAGE'),
    warnings: w('InvalidDefaultArgInFrom', 3) },
  { test: 'testInvalidDefaultArgInFrom#3',
    dockerfile: df('', 'ARG SFX="box:"', 'FROM busy${SFX}'),
    warnings: w('InvalidDefaultArgInFrom', 3) },
  { test: 'testInvalidDefaultArgInFrom#4',
    dockerfile: df('', 'ARG VERSION="latest"', 'FROM busybox:${VERSION}'), warnings: [] },
  { test: 'testInvalidDefaultArgInFrom#5',
    dockerfile: df('', 'ARG BUSYBOX_VARIANT=""', 'FROM busybox:stable${BUSYBOX_VARIANT}'),
    warnings: [] },
  { test: 'testInvalidDefaultArgInFrom#6',
    dockerfile: df('', '\tARG BUSYBOX_VARIANT', '\tFROM busybox:stable${BUSYBOX_VARIANT}', '\t'),
    warnings: [] },
  // testFromPlatformFlagConstDisallowed
  { test: 'testFromPlatformFlagConstDisallowed#1',
    dockerfile: df('', 'FROM --platform=linux/amd64 scratch'),
    warnings: w('FromPlatformFlagConstDisallowed', 2) },
  { test: 'testFromPlatformFlagConstDisallowed#2',
    dockerfile: df('', 'FROM --platform=linux/amd64 scratch AS my_amd64_stage'), warnings: [] },
  { test: 'testFromPlatformFlagConstDisallowed#3',
    dockerfile: df('', 'FROM --platform=linux/amd64 scratch AS linux'), warnings: [] },
  // testExposeProtoCasing
  { test: 'testExposeProtoCasing#1',
    dockerfile: df('', 'FROM scratch', 'EXPOSE 80/TcP 8080/TCP 8080/udp'),
    warnings: w('ExposeProtoCasing', 3, 3) },
  // testExposeInvalidFormat
  { test: 'testExposeInvalidFormat#1',
    dockerfile: df('', 'FROM scratch', 'EXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000'),
    warnings: w('ExposeInvalidFormat', 3, 3, 3) },
  // testBaseImagePlatformMismatch: the Go test first builds `FROM scratch` for the other
  // architecture of the test machine (`targetPlatform`: linux/arm64 on an amd64 machine) and
  // pushes it to its throwaway registry (`localhost:5000` here), then lints `FROM` that image
  // with the `platform` attribute set to the machine's own (`expectedCurrentPlatform`). A faithful
  // port without a registry: the pushed image's one platform is the case's image facts, the
  // attribute its target platform (as an amd64 machine runs it).
  { test: 'testBaseImagePlatformMismatch#1',
    dockerfile: df('', 'FROM localhost:5000/buildkit/testbaseimageplatform:latest',
      'ENV foo=bar', '\t'),
    platform: 'linux/amd64',
    imagePlatforms: { 'localhost:5000/buildkit/testbaseimageplatform:latest': ['linux/arm64'] },
    warnings: w('InvalidBaseImagePlatform', 2) },
];
