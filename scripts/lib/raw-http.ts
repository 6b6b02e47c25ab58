import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** A response as the wire carried it: no decompression, no redirects followed. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The status line and header block as sent, for counting bytes on the wire. */
  headerBytes: number;
  body: Buffer;
}

/** One GET over HTTP/1.1 with the given Accept-Encoding, for the header tests and the wire benchmark. */
export function rawGet(url: string, acceptEncoding = 'identity'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      const headerBytes =
        `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n`.length +
        response.rawHeaders.reduce((sum, part) => sum + Buffer.byteLength(part) + 2, 0) +
        2;
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          headerBytes,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}
