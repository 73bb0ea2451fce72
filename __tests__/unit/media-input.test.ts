import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, constants, mkdirSync, openSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { devNull } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { isConfigurationError } from '../../src';
import { MediaUtil } from '../../src/helpers/media/media';
import { runTypeScript } from '../cli/run-cli';
import { thrown as thrownBy } from '../helpers/thrown';
import { mediaFiles, sha256 } from '../helpers/media-files';

const files = mediaFiles();
const { file } = files;

describe('bad input is refused before anything is sent', () => {
  const refused = (action: () => unknown, pattern: RegExp) => {
    let error: unknown;
    try {
      action();
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(pattern);
  };
  const refusedAsync = async (action: () => Promise<unknown>, pattern: RegExp) => {
    const error = await action().catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toMatch(pattern);
  };

  test('a Buffer or stream without a filename', async () => {
    refused(() => new MediaUtil(Buffer.from('x')), /carries no file name.*pass one/);
    await refusedAsync(() => MediaUtil.from(Readable.from([Buffer.from('x')])), /carries no file name/);
  });

  test('an unreadable path: missing, a directory, an empty file, an empty path', async () => {
    const missing = join(files.dir, 'nope.jpg');
    refused(() => new MediaUtil(missing), /Cannot read the media file .*nope\.jpg.*ENOENT/);
    await refusedAsync(() => MediaUtil.from(missing), /Cannot read the media file .*ENOENT/);
    const folder = join(files.dir, 'folder.jpg');
    mkdirSync(folder, { recursive: true });
    refused(() => new MediaUtil(folder), /folder\.jpg" is a directory, not a regular file/);
    await refusedAsync(() => MediaUtil.from(folder), /is a directory, not a regular file/);
    refused(() => new MediaUtil(file('empty.jpg', Buffer.alloc(0))), /is empty \(0 bytes\)/);
    refused(() => new MediaUtil(''), /path is empty/);
  });

  test('a character device is refused by what it is, before it is read, in both forms', async () => {
    refused(() => new MediaUtil(devNull), /is a character device, not a regular file/);
    await refusedAsync(() => MediaUtil.from(devNull), /is a character device, not a regular file/);
    refused(() => new MediaUtil(pathToFileURL(devNull)), /is a character device/);
  });

  test('regression: new MediaUtil(fifo) with no writer is refused at once instead of blocking the event loop (run in a child process)', async () => {
    const fifo = join(files.dir, 'pipe.jpg');
    execFileSync('mkfifo', [fifo]);
    const media = JSON.stringify(join(__dirname, '..', '..', 'src', 'index'));
    const code = `import { MediaUtil } from ${media};
      const started = Date.now();
      try { new MediaUtil(${JSON.stringify(fifo)}); console.log(JSON.stringify({ returned: true })); }
      catch (e) { console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, ms: Date.now() - started })); }`;
    // Blocked in open(), the child would never print: the helper kills it and rejects after 10 s.
    const result = await runTypeScript(code, { timeoutMs: 10_000 });
    const outcome = JSON.parse(result.stdout) as { name: string; code: string; message: string; ms: number };
    expect(outcome).toMatchObject({ name: 'InvalidRequestError', code: 'ERR_INVALID_REQUEST' });
    expect(outcome.message).toBe(
      `The media path ${JSON.stringify(fifo)} is a FIFO (named pipe), not a regular file: give a file's path, or read the data yourself and pass a Buffer (or a stream to MediaUtil.from)`,
    );
    expect(outcome.ms).toBeLessThan(1000);
  });

  test('regression: MediaUtil.from(fifo) with no writer is refused at once instead of waiting for a writer', async () => {
    const fifo = join(files.dir, 'pipe.mp4');
    execFileSync('mkfifo', [fifo]);
    let timer: NodeJS.Timeout | undefined;
    const tooLate = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('MediaUtil.from(fifo) did not settle within 2 s: it is waiting for a writer')), 2000);
    });
    try {
      const started = Date.now();
      const error = await Promise.race([MediaUtil.from(fifo).catch((e: unknown) => e), tooLate]);
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/pipe\.mp4" is a FIFO \(named pipe\), not a regular file/);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      clearTimeout(timer);
      // Had it regressed, a libuv thread would still wait in open(): a writer that comes and goes frees it.
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // ENXIO: no reader waits, as it should be
      }
    }
  });

  test('a path that looks like key material is not quoted in the message', async () => {
    // '/' would split the path; '+' keeps the run of base64 whole, as key material has it.
    const base64 = randomBytes(96).toString('base64').replace(/\//g, '+');
    const cases: Array<[string, RegExp]> = [
      [
        join(files.dir, base64),
        /^Cannot read the media file \(the value, not shown: it looks like key material, not a path\): ENOENT: no such file or directory$/,
      ],
      [`file:///${base64}`, /^Cannot read the media file \(the value, not shown: it looks like key material, not a path\): ENOENT/],
      [`private.pkcs8://${base64}`, /got a private\.pkcs8: URL/],
    ];
    for (const [path, message] of cases) {
      for (const error of [thrownBy(() => new MediaUtil(path)), await MediaUtil.from(path).catch((e: unknown) => e)]) {
        expect(isConfigurationError(error)).toBe(true);
        expect((error as Error).message).toMatch(message);
        for (const shown of [(error as Error).message, JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })])
          expect(shown).not.toContain(base64.slice(0, 40));
      }
    }
  });

  test('oversize: a file over 20 MiB is refused from its size, unread', async () => {
    const path = file('huge.mp4', Buffer.alloc(0));
    truncateSync(path, MediaUtil.MAX_BYTES + 1); // sparse: costs no disk
    refused(() => new MediaUtil(path), /20971521 bytes, over the 20971520-byte \(20 MiB\) limit.*maxBytes/);
    await refusedAsync(() => MediaUtil.from(path), /over the 20971520-byte/);
    // 3 GiB (sparse): reading it would fail differently (ERR_FS_FILE_TOO_LARGE), so this proves the size is checked first.
    truncateSync(path, 3 * 2 ** 30);
    refused(() => new MediaUtil(path), /3221225472 bytes, over the 20971520-byte/);
    await refusedAsync(() => MediaUtil.from(path), /3221225472 bytes, over/);
    refused(() => new MediaUtil(Buffer.alloc(11), 'a.jpg', { maxBytes: 10 }), /11 bytes, over the 10-byte/);
    expect(new MediaUtil(Buffer.alloc(10, 1), 'a.jpg', { maxBytes: 10 }).sha256).toBe(sha256(Buffer.alloc(10, 1)));
  });

  test('regression: a file larger than its stat size (Linux procfs says 0 bytes) is read only up to the limit, then refused', async () => {
    // What a file that grows after its size was checked looks like to the reader, made deterministic:
    // the stat check passes, and only the read itself can hold the file to the limit.
    const procfs = '/proc/self/smaps';
    expect(statSync(procfs)).toMatchObject({ size: 0 });
    expect(readFileSync(procfs).length).toBeGreaterThan(4096);
    const cutOff = /^The media file "\/proc\/self\/smaps" is longer than 1024 bytes when read \(more than its size when checked\), over the 1024-byte/;
    refused(() => new MediaUtil(procfs, 'smaps.txt', { maxBytes: 1024 }), cutOff);
    await refusedAsync(() => MediaUtil.from(procfs, 'smaps.txt', { maxBytes: 1024 }), cutOff);
    await refusedAsync(() => MediaUtil.from(pathToFileURL(procfs), 'smaps.txt', { maxBytes: 1024 }), cutOff);
  });

  test('oversize: a stream is refused as soon as it passes the limit, and destroyed', async () => {
    let produced = 0;
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i < 10_000; i += 1) {
          produced += 1;
          yield Buffer.alloc(1024, 7);
        }
      })(),
    );
    await refusedAsync(() => MediaUtil.from(stream, 'endless.mp4', { maxBytes: 4096 }), /media stream is longer than 4096 bytes/);
    expect(produced).toBeLessThan(100);
    expect(stream.destroyed).toBe(true);
  });

  test('filenames that would break the multipart framing', () => {
    refused(() => new MediaUtil(Buffer.from('x'), 'a\r\nContent-Type: text/html.jpg'), /control character/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a"; name="meta.jpg'), /double quote/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a\\b.jpg'), /backslash/);
    refused(() => new MediaUtil(Buffer.from('x'), 'bad\ud800.jpg'), /surrogate/);
    refused(() => new MediaUtil(Buffer.from('x'), ''), /filename "" is empty/);
    refused(() => new MediaUtil(Buffer.from('x'), 42 as unknown as string), /filename must be a string/);
  });

  test('other inputs: remote URLs, a stream given to the constructor, text streams, bad maxBytes', async () => {
    refused(() => new MediaUtil('https://example.com/a.jpg'), /local path or a file:\/\/ URL, got a https: URL/);
    refused(() => new MediaUtil(Readable.from([Buffer.from('x')]) as never, 'a.jpg'), /use `await MediaUtil\.from\(stream, filename\)`/);
    refused(() => new MediaUtil(42 as never, 'a.jpg'), /got a number/);
    await refusedAsync(() => MediaUtil.from(Readable.from(['text']), 'a.txt'), /yielded a string, not bytes/);
    refused(() => new MediaUtil(Buffer.from('x'), 'a.jpg', { maxBytes: 0 }), /maxBytes.*positive integer/);
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk on fire'));
      },
    });
    await refusedAsync(() => MediaUtil.from(failing, 'a.jpg'), /Cannot read the media stream: disk on fire/);
  });
});
