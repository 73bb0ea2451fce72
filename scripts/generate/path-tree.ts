/**
 * The `PathTree` interface: every path prefix mapped to its children, each under the property
 * names that reach it at run time (see src/chain/segments.ts).
 */
import { namesSegment } from '../../src/chain/proxy';
import { normaliseProperty, placeholderName } from '../../src/chain/segments';
import { propertyKey, quote } from './format';
import { compare } from './load';

/**
 * The property names for one segment: the segment itself, plus the camelCase name PHP's
 * normalisation turns into it (`complaints-v2` <- `complaintsV2`) or `_name_` for `{name}`.
 * A segment no property can reach (`addInstitutionsub`) keeps only its verbatim key.
 */
export function keysOfSegment(segment: string): string[] {
  const name = placeholderName(segment);
  if (name !== undefined) return [segment, `_${name}_`];
  const keys = [segment];
  if (segment.includes('-')) {
    const camel = segment.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (camel !== segment && normaliseProperty(camel) === segment) keys.push(camel);
  }
  return keys;
}

/** Segments no property name reaches: normalisation would change them. */
export function unreachableByProperty(segment: string): boolean {
  return placeholderName(segment) === undefined && normaliseProperty(segment) !== segment;
}

/** One member of `PathTree`: under `parent`, property `key` leads to `full`. */
export interface PathTreeMember {
  parent: string;
  segment: string;
  key: string;
  full: string;
}

/**
 * The members of `PathTree` for the given chain paths, sorted by parent then segment. A key that
 * reads a verb or `chain` at run time (`receivers.delete` is the DELETE call) names no child.
 */
export function pathTreeMembers(chainPaths: readonly string[]): PathTreeMember[] {
  const children = new Map<string, Map<string, string>>();
  for (const path of chainPaths) {
    const segments = path.split('/');
    segments.forEach((segment, i) => {
      const parent = segments.slice(0, i).join('/');
      let map = children.get(parent);
      if (!map) children.set(parent, (map = new Map()));
      map.set(segment, segments.slice(0, i + 1).join('/'));
    });
  }
  const members: PathTreeMember[] = [];
  for (const parent of [...children.keys()].sort(compare)) {
    const map = children.get(parent) ?? new Map<string, string>();
    const seen = new Map<string, string>();
    for (const segment of [...map.keys()].sort(compare)) {
      const full = map.get(segment) ?? '';
      for (const key of keysOfSegment(segment).filter(namesSegment)) {
        const other = seen.get(key);
        if (other !== undefined && other !== full) throw new Error(`PathTree: ${parent}.${key} would name both ${other} and ${full}`);
        seen.set(key, full);
        members.push({ parent, segment, key, full });
      }
    }
  }
  return members;
}

/**
 * `interface PathTree { … }` for the given chain paths, one line per prefix; a prefix whose
 * children no property reaches is there too, with none, so its node is still a described one.
 */
export function emitPathTree(chainPaths: readonly string[]): string {
  const prefixes = new Set(chainPaths.flatMap((path) => path.split('/').map((_, i, segments) => segments.slice(0, i).join('/'))));
  const lines = new Map([...prefixes].sort(compare).map((prefix): [string, string[]] => [prefix, []]));
  for (const { parent, segment, key, full } of pathTreeMembers(chainPaths)) {
    // A segment a property would normalise away is written quoted: it is a bracket key only.
    const written = key === segment && unreachableByProperty(segment) ? quote(key) : propertyKey(key);
    const members = lines.get(parent) ?? [];
    members.push(`${written}: ${quote(full)}`);
    lines.set(parent, members);
  }
  const body = [...lines].map(([parent, members]) => `  ${quote(parent)}: ${members.length ? `{ ${members.join('; ')} }` : '{}'};`);
  return `/** Every path prefix -> its children: property name -> the child's full path. */\nexport interface PathTree {\n${body.join('\n')}\n}\n`;
}
