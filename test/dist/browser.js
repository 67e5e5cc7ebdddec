// Launches the system Chrome/Chromium with puppeteer-core (nothing downloads a browser).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

export function findChrome() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error('No Chrome/Chromium found: sudo apt-get install -y chromium, or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

export function launch(extraArgs = []) {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extraArgs,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return puppeteer.launch({ executablePath: findChrome(), args, headless: true });
}
