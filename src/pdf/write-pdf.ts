/**
 * Outputs stage, PDF: a pdf-lib document written to bytes as pdf-lib's `PDFStreamWriter` writes
 * it — every object that may be packed (no stream, generation 0) in a compressed object stream,
 * a cross-reference stream — with two changes: `objectsPerStream` objects per stream (pdf-lib's
 * 50 started a deflate state per 50 objects: 37–40 s of saving at N = 200, docs/benchmarks.md,
 * pdf15c), and the streams deflated by Node's zlib rather than pako, pdf-lib's JavaScript
 * deflate, which took 22 s of the 33 s of writing the 105 MB guide of 1,000 write-ups (1.4
 * million objects) and 11.5 s more for its cross-reference stream (pdf1000). Everything is
 * written in one go: nothing else runs meanwhile.
 */
import { deflateSync } from 'node:zlib';
import {
  PDFCrossRefStream, PDFHeader, PDFInvalidObject, PDFName, PDFNumber, PDFObjectStream,
  PDFRawStream, PDFRef, PDFStream, PDFTrailer, PDFWriter,
  type PDFContext, type PDFObject,
} from 'pdf-lib';

type Serialized = Awaited<ReturnType<PDFWriter['computeBufferSize']>>;

/** A stream pdf-lib laid out unencoded, as a stream of its contents deflated by zlib. */
function deflated(plain: PDFObjectStream | PDFCrossRefStream): PDFRawStream {
  plain.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(plain.dict, deflateSync(plain.getUnencodedContents()));
}

class ZlibStreamWriter extends PDFWriter {
  private readonly objectsPerStream: number;

  constructor(context: PDFContext, objectsPerStream: number) {
    super(context, Number.POSITIVE_INFINITY);
    this.objectsPerStream = objectsPerStream;
  }

  protected override async computeBufferSize(): Promise<Serialized> {
    const { context } = this;
    let objectNumber = context.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const written: Array<[PDFRef, PDFObject]> = [];
    const chunks: Array<{ ref: PDFRef; objects: Array<[PDFRef, PDFObject]> }> = [];
    for (const entry of context.enumerateIndirectObjects()) {
      const [ref, object] = entry;
      if (ref === context.trailerInfo.Encrypt || object instanceof PDFStream ||
        object instanceof PDFInvalidObject || ref.generationNumber !== 0) {
        written.push(entry);
        xref.addUncompressedEntry(ref, size);
        size += this.computeIndirectObjectSize(entry);
        continue;
      }
      let chunk = chunks.at(-1);
      if (!chunk || chunk.objects.length >= this.objectsPerStream) {
        chunk = { ref: PDFRef.of(objectNumber++), objects: [] };
        chunks.push(chunk);
      }
      xref.addCompressedEntry(ref, chunk.ref, chunk.objects.length);
      chunk.objects.push(entry);
    }
    for (const { ref, objects } of chunks) {
      // Laid out (offsets, `/N`, `/First`) by pdf-lib, left unencoded, then deflated here.
      const stream = deflated(PDFObjectStream.withContextAndObjects(context, objects, false));
      xref.addUncompressedEntry(ref, size);
      size += this.computeIndirectObjectSize([ref, stream]);
      written.push([ref, stream]);
    }
    const xrefRef = PDFRef.of(objectNumber++);
    xref.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xref.addUncompressedEntry(xrefRef, size);
    // Its `/W` and `/Index` from the entries, all known now; then deflated like the others (the
    // 1.4 million entries at N = 1000 took pako 11.5 s).
    xref.updateDict();
    const xrefStream = deflated(xref);
    const xrefOffset = size;
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    written.push([xrefRef, xrefStream]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: written, trailer };
  }
}

/** The bytes of the document whose objects `context` holds (call `flush()` on it first). */
export function writePdf(context: PDFContext, objectsPerStream: number): Promise<Uint8Array> {
  return new ZlibStreamWriter(context, objectsPerStream).serializeToBuffer();
}
