/**
 * Test helpers for media: a real PNG of any size made without a library (the upload reads its IHDR), and a
 * multipart/form-data body as the web app sends one.
 *
 * @example
 * const body = multipart([{ name: 'file', value: png(8, 8), filename: 'a.png', type: 'image/png' }]);
 * await app.inject({ method: 'POST', url, headers: { 'content-type': body.contentType }, payload: body.payload });
 */
import { deflateSync } from 'node:zlib';

/** A real PNG of the given size (image-size reads the IHDR chunk). */
export function png(width: number, height: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return (~c >>> 0);
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((width + 1) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A multipart/form-data body and its content type, the fields in order. */
export function multipart(fields: Array<{ name: string; value: Buffer | string; filename?: string; type?: string }>) {
  const boundary = 'chorusboundary';
  const parts = fields.map((f) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"${f.filename ? `; filename="${f.filename}"` : ''}\r\n` +
          (f.type ? `Content-Type: ${f.type}\r\n` : '') +
          '\r\n',
      ),
      Buffer.isBuffer(f.value) ? f.value : Buffer.from(f.value),
      Buffer.from('\r\n'),
    ]),
  );
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}
