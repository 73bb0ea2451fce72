/**
 * The call styles of a page, in TypeScript: `verb` and `verbAsync` × the property chain,
 * `chain('…')` and the bracket path, with the PHP line each one ports. Property names are the
 * ones the SDK's types accept (path-tree.ts) and that reach the path at run time (src/chain/segments.ts).
 */
import { verbOf } from '../../../src/chain/verbs';
import { segmentsOfKey } from '../../../src/chain/segments';
import { propertyKey, quote } from '../format';
import type { HttpVerb } from '../load';
import { keysOfSegment } from '../path-tree';
import { code } from './markdown';

/** How a path is written on the client. `property` is absent when no property chain reaches it. */
export interface ChainForms {
  property?: string;
  /** Why there is no property chain. */
  whyNoProperty?: string;
  chain: string;
  bracket: string;
}

/** The property name that reaches `segment`, preferring camelCase and `_name_`; else why none does. */
export function propertyOf(segment: string): { key: string } | { why: string } {
  if (segment === '') return { why: 'the path ends in `/`, which no property name can write' };
  const keys = keysOfSegment(segment).filter((key) => propertyKey(key) === key && segmentsOfKey(key).join('/') === segment);
  const key = keys.at(-1);
  if (key === undefined) return { why: `${code(segment)} is not a JavaScript identifier` };
  if (verbOf(key) !== undefined || key === 'chain')
    return { why: `${code(key)} is a method of every node (the ${key.toUpperCase()} call), so it cannot name a path segment` };
  return { key };
}

/** The three ways to write `chainPath` on `wx`. */
export function chainForms(chainPath: string): ChainForms {
  const forms: ChainForms = { chain: `wx.chain(${quote(chainPath)})`, bracket: `wx[${quote(chainPath)}]` };
  const keys: string[] = [];
  for (const segment of chainPath.split('/')) {
    const found = propertyOf(segment);
    if ('why' in found) return { ...forms, whyNoProperty: found.why };
    keys.push(found.key);
  }
  return { ...forms, property: `wx.${keys.join('.')}` };
}

/** What the example prints of an answer. */
export type Shown = 'dictionary' | 'data' | 'status';

const SHOW: Record<Shown, (name: string) => string> = {
  dictionary: (name) => `Transformer.toArray(${name}.body)`,
  data: (name) => `${name}.data`,
  status: (name) => `${name}.status`,
};

const PHP_SHOW: Record<Shown, string> = {
  dictionary: 'print_r(Transformer::toArray((string) $response->getBody()))',
  data: 'print_r(json_decode((string) $response->getBody(), true))',
  status: 'echo $response->getStatusCode()',
};

export interface CallsInput {
  chainPath: string;
  verb: HttpVerb;
  forms: ChainForms;
  /** The argument of each call (`options`), or '' for none. */
  argument: string;
  shown: Shown;
}

function phpOf(form: string): string {
  return form.startsWith('wx.chain(')
    ? `$instance->chain(${form.slice('wx.chain('.length)}`
    : form.startsWith('wx[')
      ? `$instance${form.slice(2)}`
      : `$instance->${form.slice(3).replace(/\./g, '->')}`;
}

/** The call lines: the async style of each form, then the awaited one. */
export function callLines({ verb, forms, argument, shown }: CallsInput): string[] {
  const named: Array<[string, string]> = [];
  if (forms.property) named.push(['byProperty', forms.property]);
  named.push(['byChain', forms.chain], ['byPath', forms.bracket]);
  const php = argument ? '[…]' : '';
  const lines: string[] = [];
  let n = 0;
  for (const [, form] of named) {
    n += 1;
    lines.push(`// ${n}. ${phpOf(form)}->${verb}Async(${php})->then(…)->wait();`);
    lines.push(`await ${form}.${verb}Async(${argument}).then((response) => console.log(${SHOW[shown]('response')}));`, '');
  }
  for (const [name, form] of named) {
    n += 1;
    lines.push(`// ${n}. $response = ${phpOf(form)}->${verb}(${php}); ${PHP_SHOW[shown]};`);
    lines.push(`const ${name} = await ${form}.${verb}(${argument});`, `console.log(${SHOW[shown](name)});`, '');
  }
  return lines;
}
