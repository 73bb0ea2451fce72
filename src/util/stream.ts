/**
 * Read a stream of bytes to its end, keeping at most `limit` bytes, so an endless body cannot fill
 * memory. Past the limit it stops reading (the stream is left, and destroyed if it is a Readable)
 * and either keeps what it has (an error answer to a streamed download, read to report its code)
 * or, when `tooLarge` is given, throws what it makes (standard input that must be read whole).
 *
 * @example const head = await readBounded(response.data, 64 * 1024);
 * @example const text = await readBounded(process.stdin, 1 << 20, () => new Error('stdin over 1 MiB'));
 */
export async function readBounded(stream: AsyncIterable<unknown>, limit: number, tooLarge?: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    // Leaving the loop makes for-await destroy a Readable: nothing more is read.
    if (size > limit && tooLarge) throw tooLarge();
    chunks.push(bytes);
    if (size >= limit && !tooLarge) break;
  }
  return Buffer.concat(chunks).subarray(0, limit);
}
