// A headless Chromium for the browser tests: Debian's chromium where present, else the one inside the
// @sparticuz/chromium npm package (so that `npm ci && npm test` needs no download). Flags keep it off the
// network: nothing here may reach a host.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser(): Promise<Browser> {
  let executablePath = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (!executablePath) {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    executablePath = await sparticuz.executablePath();
  }
  return chromium.launch({ executablePath, args: FLAGS });
}
