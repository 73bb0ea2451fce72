export interface Lazy<T> {
  readonly loaded: T | undefined;
  /** A failed load is tried again on the next call. */
  load(): Promise<T>;
}

/**
 * Loaded on first use, not at import (undici alone takes tens of ms). `load` is a literal
 * `import('…')` so bundlers and file tracers follow it; a CommonJS module's `default` is unwrapped.
 *
 * @example const undici = lazy(() => import('undici')); await undici.load(); undici.loaded?.Agent
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
