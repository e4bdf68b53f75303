/**
 * Outputs stage, PDF: writes a PDF file object by object, as its objects come, without keeping
 * them (issue 15: the merged guide of 1,000 write-ups held 1.4 million objects, 1.4 GB of heap,
 * in one pdf-lib document). The caller hands it the objects of one pdf-lib context at a time and
 * says which file-wide number each of that context's refs has; what stays is one entry per
 * object for the cross-reference stream (typed arrays, 13 bytes an object).
 *
 * The layout is the one `PDFStreamWriter` of pdf-lib writes, with zlib: every object that may be
 * packed (no stream) in a compressed object stream of up to `objectsPerStream` objects (pdf-lib's
 * 50 started a deflate state per 50 objects: 37–40 s of saving at N = 200, docs/benchmarks.md,
 * pdf15c), streams as they are, a cross-reference stream at the end, all deflated by Node's zlib
 * (pako took 22 s of 33 s of writing the guide of 1,000 write-ups, pdf1000).
 *
 * Objects are written as PDF syntax by `pdfSyntax` rather than by pdf-lib's writer, so that a
 * ref is written with its number in the file: a context's own numbers start at 1 in every
 * context, and pdf-lib pools every `PDFRef` it creates for as long as the process lives
 * (`PDFRef.of`), so refs numbered file-wide would grow that pool with the guide.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import {
  PDFArray, PDFDict, PDFInvalidObject, PDFRef, PDFStream, type PDFObject,
} from 'pdf-lib';

/** A ref's number in the file. */
export type RefNumber = (ref: PDFRef) => number;

/** `object` in PDF syntax, each ref by its number in the file. Bytes are the string's chars. */
export function pdfSyntax(object: PDFObject, number: RefNumber): string {
  if (object instanceof PDFRef) return `${number(object)} ${object.generationNumber} R`;
  if (object instanceof PDFDict) {
    let out = '<<';
    for (const [key, value] of object.entries()) {
      out += `${key.toString()} ${pdfSyntax(value, number)}\n`;
    }
    return `${out}>>`;
  }
  if (object instanceof PDFArray) {
    return `[${object.asArray().map((item) => pdfSyntax(item, number)).join(' ')}]`;
  }
  if (object instanceof PDFInvalidObject) {
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    return Buffer.from(bytes).toString('latin1');
  }
  // Names, numbers, strings, booleans and null hold no ref: pdf-lib's own syntax.
  return object.toString();
}

/** Growable columns of the cross-reference stream: type, field 2, field 3 per object number. */
class XrefTable {
  types = new Uint8Array(1 << 16);
  second = new Float64Array(1 << 16);
  third = new Uint32Array(1 << 16);

  set(number: number, type: 1 | 2, second: number, third: number): void {
    while (number >= this.types.length) this.grow();
    if (this.types[number] !== 0) {
      throw new Error(`PDF object ${number} written twice: a caller numbered objects outside ` +
        'the numbers it reserved (PdfFileWriter.reserve)');
    }
    this.types[number] = type;
    this.second[number] = second;
    this.third[number] = third;
  }

  private grow(): void {
    const size = this.types.length * 2;
    const types = new Uint8Array(size);
    const second = new Float64Array(size);
    const third = new Uint32Array(size);
    types.set(this.types);
    second.set(this.second);
    third.set(this.third);
    Object.assign(this, { types, second, third });
  }
}

const bytesFor = (value: number): number => Math.max(1, Math.ceil(Math.log2(value + 1) / 8));

export class PdfFileWriter {
  private readonly fd: number;
  private readonly objectsPerStream: number;
  private readonly xref = new XrefTable();
  private offset = 0;
  /** The next object number not given out. */
  private next = 1;

  constructor(file: string, objectsPerStream: number) {
    this.fd = openSync(file, 'w');
    this.objectsPerStream = objectsPerStream;
    // pdf-lib's header: version, then a comment of bytes above 127 (a binary file).
    this.write(Buffer.from('%PDF-1.7\n%\u0081\u0081\u0081\u0081\n\n', 'latin1'));
  }

  /** The bytes written so far. */
  get size(): number {
    return this.offset;
  }

  /** `count` object numbers, consecutive; the first is returned. */
  reserve(count = 1): number {
    const first = this.next;
    this.next += count;
    return first;
  }

  /**
   * Writes objects numbered by `number` (reserved before): streams as they are, the others
   * packed in deflated object streams.
   */
  writeObjects(objects: Iterable<readonly [PDFRef, PDFObject]>, number: RefNumber): void {
    let packed: Array<[number, string]> = [];
    for (const [ref, object] of objects) {
      if (object instanceof PDFStream) {
        this.writeStream(number(ref), object, number);
        continue;
      }
      packed.push([number(ref), pdfSyntax(object, number)]);
      if (packed.length >= this.objectsPerStream) {
        this.writeObjectStream(packed);
        packed = [];
      }
    }
    if (packed.length > 0) this.writeObjectStream(packed);
  }

  /** Writes objects already in PDF syntax (numbered by the caller), packed like the others. */
  writeSyntax(objects: ReadonlyArray<readonly [number, string]>): void {
    for (let at = 0; at < objects.length; at += this.objectsPerStream) {
      this.writeObjectStream(objects.slice(at, at + this.objectsPerStream));
    }
  }

  /** The cross-reference stream and the trailer; closes the file. */
  finish(root: number, info: number): void {
    try {
      const xrefNumber = this.reserve();
      const size = this.next;
      this.xref.set(xrefNumber, 1, this.offset, 0);
      const { types, second, third } = this.xref;
      let largest = 0;
      let largestThird = 0;
      for (let n = 0; n < size; n++) {
        largest = Math.max(largest, second[n] ?? 0);
        largestThird = Math.max(largestThird, third[n] ?? 0);
      }
      const widths = [1, bytesFor(largest), bytesFor(Math.max(largestThird, 0xffff))];
      const [w1 = 1, w2 = 4, w3 = 2] = widths;
      const row = w1 + w2 + w3;
      const table = Buffer.alloc(size * row);
      for (let n = 0; n < size; n++) {
        const type = types[n] ?? 0;
        const at = n * row;
        table.writeUIntBE(type, at, w1);
        // Object 0 and any number given out but never written: free, generation 65535 / 0.
        table.writeUIntBE(type === 0 ? 0 : second[n] ?? 0, at + w1, w2);
        table.writeUIntBE(type === 0 ? (n === 0 ? 0xffff : 0) : third[n] ?? 0, at + w1 + w2,
          w3);
      }
      const contents = deflateSync(table);
      const xrefOffset = this.offset;
      this.write(Buffer.from(`${xrefNumber} 0 obj\n<<\n/Type /XRef\n/Size ${size}\n` +
        `/W [${widths.join(' ')}]\n/Root ${root} 0 R\n/Info ${info} 0 R\n/Filter /FlateDecode\n` +
        `/Length ${contents.length}\n>>\nstream\n`, 'latin1'));
      this.write(contents);
      this.write(Buffer.from(`\nendstream\nendobj\n\nstartxref\n${xrefOffset}\n%%EOF`,
        'latin1'));
    } finally {
      this.close();
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  private write(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done);
    this.offset += bytes.length;
  }

  private writeStream(objectNumber: number, stream: PDFStream, number: RefNumber): void {
    // Sets `/Length` (and `/Filter` for a stream pdf-lib encodes itself).
    stream.updateDict();
    this.xref.set(objectNumber, 1, this.offset, 0);
    this.write(Buffer.from(`${objectNumber} 0 obj\n${pdfSyntax(stream.dict, number)}\nstream\n`,
      'latin1'));
    this.write(stream.getContents());
    this.write(Buffer.from('\nendstream\nendobj\n\n', 'latin1'));
  }

  private writeObjectStream(objects: ReadonlyArray<readonly [number, string]>): void {
    const streamNumber = this.reserve();
    let header = '';
    let body = '';
    objects.forEach(([objectNumber, syntax], index) => {
      header += `${objectNumber} ${body.length} `;
      body += `${syntax}\n`;
      this.xref.set(objectNumber, 2, streamNumber, index);
    });
    const contents = deflateSync(Buffer.from(header + body, 'latin1'));
    this.xref.set(streamNumber, 1, this.offset, 0);
    this.write(Buffer.from(`${streamNumber} 0 obj\n<<\n/Type /ObjStm\n/N ${objects.length}\n` +
      `/First ${header.length}\n/Filter /FlateDecode\n/Length ${contents.length}\n>>\nstream\n`,
    'latin1'));
    this.write(contents);
    this.write(Buffer.from('\nendstream\nendobj\n\n', 'latin1'));
  }
}
