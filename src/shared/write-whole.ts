/**
 * Shared by every stage that keeps a cache on disk (fonts, font pages, ShellCheck reports): a
 * file is written beside its place and renamed into it, so a run stopped half-way leaves no torn
 * file for the next one to read.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';

const asideOf = (file: string) => `${file}.${process.pid}.tmp`;

export async function writeWhole(file: string, text: string): Promise<void> {
  const aside = asideOf(file);
  try {
    await writeFile(aside, text);
    await rename(aside, file);
  } catch (error) {
    await rm(aside, { force: true });
    throw error;
  }
}

export function writeWholeSync(file: string, text: string): void {
  const aside = asideOf(file);
  try {
    writeFileSync(aside, text);
    renameSync(aside, file);
  } catch (error) {
    rmSync(aside, { force: true });
    throw error;
  }
}
