// proxy-from-env (axios' own dependency, read the same way here) ships no types.
declare module 'proxy-from-env' {
  /** The proxy URL the environment names for `url`, or '' to go straight. */
  export function getProxyForUrl(url: string | URL): string;
}
