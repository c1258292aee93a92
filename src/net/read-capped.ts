/**
 * A response body read whole, but never past a size cap: the cap is checked as the bytes arrive,
 * so a server that lies about (or leaves out) its Content-Length costs no more memory than the cap.
 * Shared by the CLI's feed fetcher and the extension's pack subscriptions; plain WHATWG streams,
 * which Node and the browser both have.
 */
export const TOO_LARGE = Symbol('too large');

export async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, signal?: AbortSignal): Promise<Uint8Array | typeof TOO_LARGE> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal?.aborted) {
      await reader.cancel().catch(() => undefined);
      throw new Error('aborted');
    }
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
