/** "Did you mean": the nearest of the known names to a misspelled one (config keys, endpoint paths). */
import { placeholderName, splitVerbatim } from '../chain/segments';
import { ENDPOINT_PATHS } from '../generated/paths';

/**
 * The most single-letter edits between a path and a documented one for the path to count as a
 * misspelling of it (`transaction` for `transactions` is one). Further away, a path is taken as
 * one the description does not know, and sent.
 */
export const PATH_TYPO_DISTANCE = 3;

/**
 * Edit distance (letters added, removed or changed), for "did you mean".
 *
 * @example editDistance('transaction', 'transactions') // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

const TEMPLATES = ENDPOINT_PATHS.map((path) => ({ path, segments: splitVerbatim(path) }));

/** Edits from `segments` to a template of as many segments; a placeholder takes any one segment. */
function segmentEdits(segments: readonly string[], template: readonly string[]): number {
  return template.reduce((sum, wanted, i) => sum + (placeholderName(wanted) !== undefined ? 0 : editDistance(segments[i] ?? '', wanted)), 0);
}

/** The template written with the caller's values where it has placeholders. */
function filledIn(segments: readonly string[], template: readonly string[]): string {
  return template.map((wanted, i) => (placeholderName(wanted) !== undefined ? (segments[i] ?? wanted) : wanted)).join('/');
}

/**
 * The documented path `uri` misspells, written with the caller's placeholder values, or undefined
 * when `uri` is documented (a placeholder may hold a value) or is no near miss of any documented path.
 *
 * @example misspelledPath('v3/pay/transaction/native')       // 'v3/pay/transactions/native'
 * @example misspelledPath('v3/pay/transactions/id/4200000')  // undefined: documented, with a value
 */
export function misspelledPath(uri: string): string | undefined {
  const segments = splitVerbatim(uri);
  const written = segments.join('/');
  let best: { edits: number; suggestion: string } | undefined;
  for (const template of TEMPLATES) {
    const same = template.segments.length === segments.length;
    // Cheap bound first: a length difference alone costs that many edits.
    if (!same && Math.abs(template.path.length - written.length) > PATH_TYPO_DISTANCE) continue;
    const edits = same ? segmentEdits(segments, template.segments) : editDistance(written, template.path);
    if (edits === 0 && same) return undefined;
    if (edits <= PATH_TYPO_DISTANCE && (best === undefined || edits < best.edits)) {
      best = { edits, suggestion: same ? filledIn(segments, template.segments) : template.path };
    }
  }
  return best?.suggestion;
}
