import { launchChromium, startServer } from '../test/helpers.mjs';
const server = await startServer();
const browser = await launchChromium();
const [w, h, n, scheme] = [Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4]), process.argv[5] ?? 'light'];
const page = await browser.newPage({ viewport: { width: w, height: 900 }, colorScheme: scheme });
await page.goto(`${server.url}/`);
await page.waitForTimeout(1500);
for (let i = 0; i < n; i++) await page.screenshot({ path: `/tmp/seg-${w}-${i}.png`, fullPage: true, clip: { x: 0, y: i * h, width: w, height: h } });
await browser.close(); await server.close();
