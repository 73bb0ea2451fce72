import { accessSync, constants } from 'node:fs';

/** Where Chromium or Chrome usually is: Debian/Ubuntu, snap, Fedora, macOS. */
const USUAL = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const INSTALL = 'install one (Debian/Ubuntu: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium or Chrome executable';

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the site test drives (playwright-core downloads none): `CHROMIUM_PATH`, else the
 * first of the usual places. Throws at once, saying what to install, when there is none.
 *
 * @example const executablePath = findChromium(); // '/usr/bin/chromium'
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.CHROMIUM_PATH;
  if (given) {
    if (executable(given)) return given;
    throw new Error(`CHROMIUM_PATH is ${given}, which is not an executable file: ${INSTALL}`);
  }
  const found = USUAL.find(executable);
  if (!found) throw new Error(`The site test needs Chromium and found none (looked in ${USUAL.join(', ')}): ${INSTALL}`);
  return found;
}
