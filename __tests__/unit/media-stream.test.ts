import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isConfigurationError } from '../../src';
import { MediaUtil, type MediaOptions } from '../../src/helpers/media/media';
import { runTypeScript } from '../cli/run-cli';
import { mediaFiles, sha256 } from '../helpers/media-files';

const files = mediaFiles();
const { file } = files;

describe('MediaUtil.from(stream) always settles, quickly, and leaves nothing running', () => {
  /** The error `read` rejects with, failing the test if it does not settle within `ms`. */
  async function rejection(read: () => Promise<unknown>, ms = 2000): Promise<{ error: Error; elapsed: number }> {
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`did not settle within ${ms} ms`)), ms);
    });
    const started = Date.now();
    try {
      const outcome = await Promise.race([
        read().then(
          () => new Error('resolved, but should have rejected'),
          (e: unknown) => e as Error,
        ),
        hung,
      ]);
      expect(isConfigurationError(outcome)).toBe(true);
      return { error: outcome, elapsed: Date.now() - started };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A Readable that pushes `first` (if any), then nothing; `destroy` records that it ran. */
  function silent(first?: Buffer) {
    const state = { reads: 0, destroyed: false };
    const stream = new Readable({
      read() {
        state.reads += 1;
        if (first && state.reads === 1) this.push(first);
      },
      destroy(error, done) {
        state.destroyed = true;
        done(error);
      },
    });
    return { stream, state };
  }

  test('a stream that never pushes is destroyed and refused after `timeout`', async () => {
    const { stream, state } = silent();
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'never.mp4', { timeout: 100 }));
    expect(error.message).toBe(
      'The media stream was not read to its end within 100 ms (0 bytes so far), so the stream was destroyed: pass a larger `timeout` (default MediaUtil.READ_TIMEOUT_MS, 60000 ms) for a slow source, or make sure it ends',
    );
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(1500);
    expect(state.destroyed && stream.destroyed).toBe(true);
  });

  test('a stream that drips forever is destroyed and refused after `timeout`', async () => {
    // eslint-disable-next-line prefer-const -- the stream's destroy() clears the timer made after it.
    let drip: NodeJS.Timeout | undefined;
    const stream = new Readable({
      read() {},
      destroy(error, done) {
        clearInterval(drip);
        done(error);
      },
    });
    drip = setInterval(() => stream.push(Buffer.from('x')), 5);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'drip.mp4', { timeout: 150 })).finally(() => clearInterval(drip));
    expect(error.message).toMatch(/^The media stream was not read to its end within 150 ms \(([1-9]\d*) bytes so far\), so the stream was destroyed/);
    expect(elapsed).toBeLessThan(1500);
    expect(stream.destroyed).toBe(true);
  });

  test('a stream destroyed midway without an error is refused as cut short, not taken as a whole file', async () => {
    const { stream } = silent(Buffer.from('abc'));
    setTimeout(() => stream.destroy(), 20);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'cut.mp4'));
    expect(error.message).toBe('The media stream was destroyed before it ended (after 3 bytes): a file cut short is not uploaded');
    expect((error.cause as { code?: string }).code).toBe('ERR_STREAM_PREMATURE_CLOSE');
    expect(elapsed).toBeLessThan(1000);
    // Destroyed before it was given: the same.
    const early = silent().stream;
    early.destroy();
    expect((await rejection(() => MediaUtil.from(early, 'early.mp4'))).error.message).toMatch(/destroyed before it ended \(after 0 bytes\)/);
  });

  test('a stream that errors midway is refused with its error as the cause', async () => {
    const { stream } = silent(Buffer.from('abc'));
    const failure = new Error('disk on fire');
    setTimeout(() => stream.destroy(failure), 20);
    const { error } = await rejection(() => MediaUtil.from(stream, 'fire.mp4'));
    expect(error.message).toBe('Cannot read the media stream: disk on fire');
    expect(error.cause).toBe(failure);
  });

  test('an endless fast stream is refused at the size limit and destroyed', async () => {
    let reads = 0;
    const stream = new Readable({
      read() {
        reads += 1;
        this.push(Buffer.alloc(1024, 1));
      },
    });
    const { error } = await rejection(() => MediaUtil.from(stream, 'big.mp4', { maxBytes: 4096 }));
    expect(error.message).toMatch(/^The media stream is longer than 4096 bytes, over the 4096-byte/);
    expect(stream.destroyed).toBe(true);
    expect(reads).toBeLessThan(50);
  });

  test('a signal that aborts midway destroys the stream and rejects with the reason as the cause; one aborted already reads nothing', async () => {
    const { stream } = silent(Buffer.from('abc'));
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    setTimeout(() => controller.abort(reason), 20);
    const { error, elapsed } = await rejection(() => MediaUtil.from(stream, 'a.mp4', { signal: controller.signal }));
    expect(error.message).toBe('The media stream was not read: the `signal` given to MediaUtil aborted it, and the stream was destroyed');
    expect(error.cause).toBe(reason);
    expect(elapsed).toBeLessThan(1000);
    expect(stream.destroyed).toBe(true);

    const idle = silent();
    const gone = AbortSignal.abort(reason);
    expect((await rejection(() => MediaUtil.from(idle.stream, 'b.mp4', { signal: gone }))).error.message).toMatch(/aborted it/);
    expect(idle.state.reads).toBe(0);
    expect((await rejection(() => MediaUtil.from(file('aborted.jpg', randomBytes(10)), undefined, { signal: gone }))).error.message).toMatch(
      /^The media file ".*aborted\.jpg" was not read: the `signal`/,
    );
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { signal: gone })).toThrow(
      /^The media Buffer was not read: the `signal` given to MediaUtil aborted it$/,
    );
  });

  test('an async iterable that never yields is refused after `timeout` and told to return', async () => {
    let returned = false;
    const iterable: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<Uint8Array>>(() => undefined),
        return: async () => {
          returned = true;
          return { done: true, value: undefined };
        },
      }),
    };
    const { error } = await rejection(() => MediaUtil.from(iterable, 'i.mp4', { timeout: 50 }));
    expect(error.message).toMatch(/^The media stream was not read to its end within 50 ms \(0 bytes so far\)/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(returned).toBe(true);
  });

  test('a generator that yields empty chunks without ever yielding to the event loop is stopped by the clock', async () => {
    let finished = false;
    // It spins for 1 s at most, so a regression ends too (as an empty file, the wrong error) instead of starving jest.
    const generator = (async function* () {
      const until = Date.now() + 1000;
      try {
        while (Date.now() < until) yield new Uint8Array(0);
      } finally {
        finished = true;
      }
    })();
    const { error, elapsed } = await rejection(() => MediaUtil.from(generator, 'spin.mp4', { timeout: 100 }), 5000);
    expect(error.message).toMatch(/within 100 ms \(0 bytes so far\)/);
    expect(elapsed).toBeLessThan(2000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(finished).toBe(true);
  });

  test('paths are read within the time limit too; the defaults are named', async () => {
    const bytes = randomBytes(64);
    expect((await MediaUtil.from(file('quick.jpg', bytes), undefined, { timeout: 5000 })).sha256).toBe(sha256(bytes));
    expect(MediaUtil.READ_TIMEOUT_MS).toBe(60_000);
    expect(MediaUtil.MAX_BYTES).toBe(20 * 1024 * 1024);
  });

  test('once from() settles nothing is left running: a child process exits on its own, well before the 60 s default deadline', async () => {
    const media = JSON.stringify(join(__dirname, '..', '..', 'src', 'index'));
    // Each read ends long before its deadline; a timer or listener left behind would keep the child alive for 60 s.
    const code = `import { Readable } from 'node:stream';
      import { MediaUtil } from ${media};
      const outcomes = [];
      const settle = (promise) => promise.then((m) => outcomes.push('ok ' + m.filename), (e) => outcomes.push(e.message.slice(0, 40)));
      const failing = new Readable({ read() { this.destroy(new Error('disk on fire')); } });
      const cut = new Readable({ read() { this.push(Buffer.from('x')); this.destroy(); } });
      const big = new Readable({ read() { this.push(Buffer.alloc(1024)); } });
      const controller = new AbortController();
      const idle = new Readable({ read() {} });
      const reads = [
        settle(MediaUtil.from(Readable.from([Buffer.from('whole')]), 'whole.jpg', { signal: controller.signal })),
        settle(MediaUtil.from(failing, 'a.jpg')),
        settle(MediaUtil.from(cut, 'b.jpg')),
        settle(MediaUtil.from(big, 'c.jpg', { maxBytes: 2048 })),
        settle(MediaUtil.from(idle, 'd.jpg', { signal: controller.signal })),
      ];
      setTimeout(() => controller.abort(), 20);
      Promise.all(reads).then(() => console.log(JSON.stringify({ outcomes, at: Date.now() })));`;
    const started = Date.now();
    const result = await runTypeScript(code, { timeoutMs: 10_000 });
    const printed = JSON.parse(result.stdout) as { outcomes: string[]; at: number };
    expect(printed.outcomes.sort()).toEqual(
      [
        'Cannot read the media stream: disk on fire',
        'The media stream is longer than 2048 byte',
        'The media stream was destroyed before it ',
        'The media stream was not read: the `sign',
        'ok whole.jpg',
      ]
        .map((text) => text.slice(0, 40))
        .sort(),
    );
    expect(result.code).toBe(0);
    // It exited as soon as the reads had settled: nothing waited for a deadline.
    expect(Date.now() - started).toBeLessThan(8000);
  });

  test('bad timeout, signal or option names are refused by name', async () => {
    for (const timeout of [0, -1, 1.5, 2 ** 31, Number.NaN, '100']) {
      expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { timeout: timeout as number })).toThrow(
        /^`timeout` must be a whole number of milliseconds from 1 to 2147483647, got /,
      );
    }
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { signal: {} as AbortSignal })).toThrow(/^`signal` must be an AbortSignal/);
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', { timeoutMs: 5 } as MediaOptions)).toThrow(
      'Unknown MediaUtil option `timeoutMs`: expected maxBytes, timeout, signal',
    );
    expect(() => new MediaUtil(Buffer.from('x'), 'x.jpg', null as unknown as MediaOptions)).toThrow(/options must be an object/);
    const { stream, state } = silent(Buffer.from('abc'));
    expect((await rejection(() => MediaUtil.from(stream, 'x.jpg', { timeout: 0 }))).error.message).toMatch(/`timeout` must be/);
    expect(state.reads).toBe(0);
  });
});
