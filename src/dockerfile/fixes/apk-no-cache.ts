/**
 * Analyse stage, Dockerfile engine, fix for DL3019: adds `--no-cache` after `add` to every
 * `apk add` in the RUN that lacks it (options between `apk` and `add`, such as `--update`,
 * are kept where they are).
 */
import { addFlagFix, commandPattern } from './insert-flag.ts';

const APK_ADD = commandPattern(String.raw`(?:[\w./-]*/)?apk(?:\s+-{1,2}[\w-]+(?:=\S+)?)*\s+add`);

export const apkNoCache = addFlagFix('DL3019', 'adds `--no-cache` to `apk add`', APK_ADD,
  '--no-cache');
