/**
 * Read a stream of bytes to its end, keeping at most `limit` bytes (the rest is dropped and the
 * stream left, so an endless body cannot fill memory). For an error answer to a streamed download.
 *
 * @example const head = await readBounded(response.data, 64 * 1024);
 */
export async function readBounded(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    chunks.push(bytes);
    size += bytes.length;
    // Leaving the loop makes for-await destroy a Readable: nothing more is read.
    if (size >= limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}
