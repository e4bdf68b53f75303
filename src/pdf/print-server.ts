/**
 * Outputs stage, PDF: a local HTTP server (127.0.0.1, a free port) that serves the built guide's
 * files under its base, so the print documents load the site's own CSS, fonts and images, plus
 * the print documents themselves from memory (nothing is written into `dist/`). The serving is
 * the site's one static server (`src/site/static-server.ts`).
 */
import { startStaticServer } from '../site/static-server.ts';

export interface PrintServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** URL of a document registered with `serve()`. */
  serve(name: string, html: string): string;
  /** Drops a document once it is rendered (a guide's parts would add up otherwise). */
  forget(name: string): void;
  close(): Promise<void>;
}

export async function startPrintServer(dist: string, base: string): Promise<PrintServer> {
  const documents = new Map<string, string>();
  const documentPath = (name: string): string => `${base}__pdf/${name}.html`;
  const server = await startStaticServer({ dir: dist, base, documents });
  return {
    origin: server.origin,
    serve(name, html) {
      documents.set(documentPath(name), html);
      return `${server.origin}${documentPath(name)}`;
    },
    forget(name) {
      documents.delete(documentPath(name));
    },
    close: () => server.close(),
  };
}
