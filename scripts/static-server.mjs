// A plain static file server that behaves like GitHub Pages and other static hosts:
// no rewrites; a folder serves its index.html; a missing file gets /<base>/404.html with
// status 404. Usage: node scripts/static-server.mjs DIST BASE PORT
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

export function createServer(dist, base = '/') {
  const root = path.resolve(dist);
  if (!base.endsWith('/')) base += '/';
  return http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, 'http://x'); } catch { res.writeHead(400).end(); return; }
    let p;
    try { p = decodeURIComponent(url.pathname); } catch { p = url.pathname; }
    const send404 = () => {
      const nf = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(fs.existsSync(nf) ? fs.readFileSync(nf) : 'not found');
    };
    if (!(p + '/').startsWith(base)) return send404();
    let rel = p.slice(base.length);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) return send404();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!p.endsWith('/')) { res.writeHead(301, { location: p + '/' + url.search }).end(); return; }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return send404();
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dist = 'dist', base = '/', port = '8080'] = process.argv.slice(2);
  createServer(dist, base).listen(Number(port), '127.0.0.1');
}
