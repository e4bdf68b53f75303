/**
 * Analyse stage, Dockerfile engine, shared by rules: a word with the quotes around it removed
 * (`"/app/"` is `/app/`), for values the model keeps as written.
 */
export function unquote(text: string): string {
  return text.replace(/^["']+|["']+$/g, '');
}
