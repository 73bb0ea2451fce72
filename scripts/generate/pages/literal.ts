/** TypeScript literals for the examples: built as a small tree, then laid out within a line width. */
import { propertyKey } from '../format';

export type Lit =
  | { kind: 'raw'; text: string }
  | { kind: 'object'; entries: Array<[string, Lit]> }
  | { kind: 'array'; items: Lit[] }
  /** `JSON.stringify(value)`: a JSON-text field. */
  | { kind: 'json'; value: Lit };

const WIDTH = 100;

export const raw = (text: string): Lit => ({ kind: 'raw', text });

/** The literal on one line. */
function compact(lit: Lit): string {
  switch (lit.kind) {
    case 'raw':
      return lit.text;
    case 'json':
      return `JSON.stringify(${compact(lit.value)})`;
    case 'array':
      return `[${lit.items.map(compact).join(', ')}]`;
    case 'object':
      return lit.entries.length ? `{ ${lit.entries.map(([key, value]) => `${propertyKey(key)}: ${compact(value)}`).join(', ')} }` : '{}';
  }
}

/** The literal laid out from column `indent.length`: on one line when it fits, else one member a line. */
export function render(lit: Lit, indent = '', prefix = 0): string {
  const line = compact(lit);
  if (indent.length + prefix + line.length <= WIDTH || lit.kind === 'raw') return line;
  const inner = `${indent}  `;
  switch (lit.kind) {
    case 'json':
      return `JSON.stringify(${render(lit.value, indent, prefix + 'JSON.stringify('.length)})`;
    case 'array':
      return `[\n${lit.items.map((item) => `${inner}${render(item, inner)},`).join('\n')}\n${indent}]`;
    case 'object':
      return `{\n${lit.entries.map(([key, value]) => `${inner}${propertyKey(key)}: ${render(value, inner, propertyKey(key).length + 2)},`).join('\n')}\n${indent}}`;
  }
}
