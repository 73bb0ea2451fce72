import path from 'node:path';
import { Builder } from '../../src/index';
import { documentationBlocks } from './blocks';

// The call styles of every endpoint page reach the page's own path at run time: the property
// chain shown is the one the SDK's proxy turns into that path (String(node) is the node's path).
const ROOT = path.resolve(__dirname, '../..');
const wx = Builder.factory({ mchid: '1900000109', secret: 'your-apiv2-secret-key-length-32b' });
const styles = documentationBlocks(ROOT).filter((b) => b.file.startsWith('docs/api/') && b.heading === 'Call styles');

/** The node a `wx.a.b._c_` expression names, walked property by property on a real client. */
function walk(expression: string): unknown {
  return expression
    .split('.')
    .slice(1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], wx);
}

test('every endpoint page has its call styles: six, or four where no property chain can be written', () => {
  expect(styles.length).toBe(1154);
  for (const block of styles) {
    const calls = block.code.match(/^(await|const \w+ = await) wx/gm) ?? [];
    expect([block.file, calls.length]).toEqual([block.file, block.code.includes('wx.chain(') && /^await wx\.(?!chain)[a-z]/m.test(block.code) ? 6 : 4]);
  }
});

test('each property chain shown reaches the path its chain() and bracket forms name', () => {
  let checked = 0;
  for (const block of styles) {
    const chainPath = /wx\.chain\('([^']*)'\)/.exec(block.code)?.[1];
    expect(block.code).toContain(`wx['${chainPath}']`);
    const property = /^await (wx(?:\.\w+)+)\.\w+Async\(/m.exec(block.code)?.[1];
    if (property === undefined) continue;
    expect([block.file, String(walk(property))]).toEqual([block.file, chainPath]);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(1100);
});

test('where no property chain is shown, the property would not reach the path', () => {
  // `delete` is the DELETE verb of every node, and no property writes a trailing `/`.
  expect(typeof walk('wx.v3.profitsharing.receivers.delete')).toBe('function');
  expect(String(walk('wx.v3.applyment4sub.applyment'))).toBe('v3/applyment4sub/applyment');
  const without = styles.filter((b) => !/^await wx\.(?!chain)[a-z]/m.test(b.code)).map((b) => b.file);
  expect(without).toEqual(expect.arrayContaining(['docs/api/v3/profitsharing/receivers/delete.md', 'docs/api/v3/applyment4sub/applyment/index.md']));
});
