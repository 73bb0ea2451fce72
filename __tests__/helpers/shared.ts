import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared beside the checkout (CI lays a copy there too). */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');

export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** The PHP SDK's captured requests, in file order (see ../shared/php-wire.md). */
export function phpWire(): WireRequest[] {
  return readFileSync(join(SHARED, 'php-wire.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as WireRequest);
}
