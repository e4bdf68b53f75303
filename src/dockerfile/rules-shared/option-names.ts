/**
 * Analyse stage, Dockerfile engine, shared by rules: the option names one command-line word
 * carries, read the way getopt-style parsers (apt-get, pip) read them.
 */

/**
 * `--assume-yes` and `--index-url=x` name `assume-yes` and `index-url`; a short cluster `-qy`
 * names `q` and `y`. A word that is not an option (or is `-` or `--`) names none.
 */
export function optionNames(arg: string): string[] {
  if (arg === '-' || arg === '--' || !arg.startsWith('-')) return [];
  if (arg.startsWith('--')) return [arg.slice(2).split('=')[0] ?? ''];
  return [...arg.slice(1)];
}
