/**
 * `npm run size`: how much the package weighs, as a user gets it.
 *   1. the packed package (`npm pack` of this checkout, built first if dist/ is missing), unpacked;
 *   2. a consumer's production install of the tarball alone (`npm install --omit=dev` in an empty
 *      project: the package and its dependencies);
 *   3. the same install of each peer SDK alone (the versions in package-lock.json);
 *   4. for information, the simulator's own package (packages/simulator, wechatpay-ts-simulator),
 *      which a merchant adds as a dev dependency: packed, and installed beside the SDK.
 * Sizes are the bytes of the files (as npm's "unpacked size"), in MB of 10^6 bytes.
 * `--check` exits 1 when the package or the install is over its target; `--no-peers` skips 3.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesUnder, installInto, pack, ROOT, SIMULATOR } from './packed';

/** The targets (issue 15): the package unpacked, and a production install of it. */
export const MAX_PACKAGE_BYTES = 4_500_000;
export const MAX_INSTALL_BYTES = 15_000_000;
const PEERS = ['wechatpay-axios-plugin', 'wechatpay-node-v3'];

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const versionIn = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const versionOf = (name: string) => versionIn(join(ROOT, 'node_modules', name));

/** A production install of `specs` alone: its bytes, the packages in it (top-level and nested), and `own`'s folder alone. */
function installed(specs: string[], own?: string): { bytes: number; packages: number; ownBytes: number } {
  const project = installInto('wechatpay-size-', specs);
  try {
    const lock = JSON.parse(readFileSync(join(project, 'node_modules', '.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const ownBytes = own ? bytesUnder(join(project, 'node_modules', own)) : 0;
    return { bytes: bytesUnder(join(project, 'node_modules')), packages: Object.keys(lock.packages).length, ownBytes };
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

function main(): void {
  const check = process.argv.includes('--check');
  const peers = !process.argv.includes('--no-peers');
  const work = mkdtempSync(join(tmpdir(), 'wechatpay-size-pack-'));
  try {
    const packed = pack(work);
    const part = (test: (path: string) => boolean) => packed.files.filter((file) => test(file.path)).reduce((sum, file) => sum + file.size, 0);
    console.log(
      `wechatpay-ts ${versionIn(ROOT)}, packed: ${mb(packed.unpackedSize)} unpacked in ${packed.files.length} files (target ≤ ${mb(MAX_PACKAGE_BYTES)}), ${mb(packed.size)} as .tgz`,
    );
    console.log(`  the endpoint types (dist/endpoints.d.ts): ${mb(part((path) => path === 'dist/endpoints.d.ts'))}`);
    console.log(`  the command line (dist/cli.cjs): ${mb(part((path) => path === 'dist/cli.cjs'))}`);
    console.log(`  the SDK (dist/index.*): ${mb(part((path) => path.startsWith('dist/index.') || path.startsWith('dist/keys-')))}`);
    console.log(`  Markdown (README, docs/*.md): ${mb(part((path) => path.endsWith('.md')))}`);
    const own = installed([packed.tarball]);
    console.log(`Production install of the tarball alone: ${mb(own.bytes)} in ${own.packages} packages (target ≤ ${mb(MAX_INSTALL_BYTES)})`);
    const simulator = pack(work, SIMULATOR);
    const both = installed([packed.tarball, simulator.tarball]);
    console.log(
      `wechatpay-ts-simulator (not part of the SDK's weight), packed: ${mb(simulator.unpackedSize)} unpacked in ${simulator.files.length} files; a production install of both tarballs: ${mb(both.bytes)} in ${both.packages} packages`,
    );
    if (peers) {
      for (const peer of PEERS) {
        const { bytes, packages, ownBytes } = installed([`${peer}@${versionOf(peer)}`], peer);
        console.log(`Production install of ${peer}@${versionOf(peer)} alone: ${mb(bytes)} in ${packages} packages (the package itself ${mb(ownBytes)})`);
      }
    }
    const over = [
      packed.unpackedSize > MAX_PACKAGE_BYTES && `the package is ${mb(packed.unpackedSize)} unpacked, over ${mb(MAX_PACKAGE_BYTES)}`,
      own.bytes > MAX_INSTALL_BYTES && `a production install is ${mb(own.bytes)}, over ${mb(MAX_INSTALL_BYTES)}`,
    ].filter(Boolean);
    for (const problem of over) console.error(`size: ${problem}`);
    if (check && over.length > 0) process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
