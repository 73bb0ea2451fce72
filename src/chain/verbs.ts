/** The HTTP verbs a node offers, each also as `<verb>Async` (same promise, PHP's spelling). */
export const VERBS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Verb = (typeof VERBS)[number];
export type AsyncVerb = `${Verb}Async`;

const ASYNC_SUFFIX = 'Async';

export function verbOf(key: string): Verb | undefined {
  const bare = key.endsWith(ASYNC_SUFFIX) ? key.slice(0, -ASYNC_SUFFIX.length) : key;
  return (VERBS as readonly string[]).includes(bare) ? (bare as Verb) : undefined;
}
