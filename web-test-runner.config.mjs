// @web/test-runner: the source tests in Chromium and Firefox (Debian's browsers, never downloaded),
// with coverage from Chromium. BROWSERS=chromium or BROWSERS=firefox runs one of them.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { hsdsApiPlugin } from './test/hsds-api-server.mjs';

const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const chromium = chromeLauncher({
  launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
});
chromium.name = 'Chromium';

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox off the (closed) network: no update checks, telemetry or captive-portal probes.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  },
});
firefox.name = 'Firefox';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [chromium, firefox].filter((b) => wanted.includes(b.name.toLowerCase()));

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    hsdsApiPlugin(),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/test/**', 'node_modules/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 80 },
    reportDir: 'coverage',
  },
};
