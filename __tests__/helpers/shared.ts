import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reference data the tests need, kept in the repo: known-answer vectors and the PHP SDK's captured requests. */
export const FIXTURES = join(__dirname, '..', 'fixtures');

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The PHP SDK's captured requests, in file order (see __tests__/fixtures/php-wire.md). */
export function phpWire(): WireRequest[] {
  return readFileSync(join(FIXTURES, 'php-wire.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as WireRequest);
}
