import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What the MediaUtil input suites (bad input refused, streams that settle) share: SHA-256 made by
// node:crypto, and a directory for media files made before the suite and removed after.

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A temporary directory for the suite, and `file(name, bytes)` that writes one into it.
 *
 * @example const media = mediaFiles(); test('…', () => new MediaUtil(media.file('a.jpg', bytes)));
 */
export function mediaFiles(): { dir: string; file: (name: string, bytes: Buffer) => string } {
  const media = {
    dir: '',
    file(name: string, bytes: Buffer): string {
      const path = join(media.dir, name);
      writeFileSync(path, bytes);
      return path;
    },
  };
  beforeAll(() => {
    media.dir = mkdtempSync(join(tmpdir(), 'wechatpay-media-'));
  });
  afterAll(() => rmSync(media.dir, { recursive: true, force: true }));
  return media;
}
