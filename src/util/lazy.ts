/** A dependency loaded on its first use: `load()` once it is wanted, `loaded` after that. */
export interface Lazy<T> {
  /** The module, once a `load()` has finished; undefined before. */
  readonly loaded: T | undefined;
  /** Load it (once: later calls share the first); a failed load is tried again on the next call. */
  load(): Promise<T>;
}

/**
 * A dependency loaded on its first use instead of when the SDK is imported: undici takes tens of
 * milliseconds to load, which every process would pay at `require('wechatpay-ts')`. `load` is a
 * literal `import('…')`, which bundlers (esbuild, webpack, vite) and file tracers (Next.js) follow
 * in both builds: the ESM one keeps it, the CommonJS one has it as a `require` (tsup writes it so).
 * A CommonJS package's exports come as the namespace's `default` (Node, most bundlers) or as the
 * namespace itself: either is taken.
 *
 * @example
 * const undici = lazy(() => import('undici'));
 * const { Agent } = await undici.load(); // later, synchronously: undici.loaded?.Agent
 */
export function lazy<T extends object>(load: () => Promise<T | { default: T }>): Lazy<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      if (loaded) return Promise.resolve(loaded);
      loading ??= load().then(
        (namespace) => (loaded = ((namespace as { default?: T }).default ?? namespace) as T),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
