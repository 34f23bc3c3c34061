// npm start: serves the demo page (demo/index.html, which embeds dist/ by script tag) on
// 127.0.0.1. PORT picks the port (default 8080; 0 picks a free one).
import { startServer } from './server.mjs';

const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
const { url } = await startServer({ port });
console.log(`cswb-widgets demo: ${url}/  (strict Content-Security-Policy on; Ctrl+C stops)`);
