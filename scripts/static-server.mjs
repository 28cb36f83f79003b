// A plain static file server that behaves like GitHub Pages and other static hosts:
// no rewrites; a folder serves its index.html; a missing file gets /<base>/404.html with
// status 404. With `{ brotli: true }` it also compresses as a static host or CDN does:
// text, JSON, SVG and wasm go out brotli-compressed (quality 11, computed once per file and
// kept in memory) with `content-encoding: br` when the request accepts it.
// Usage: node scripts/static-server.mjs DIST BASE PORT [--brotli]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
};
// What hosts compress: text formats and wasm; images and woff/woff2 are compressed already.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json',
  '.webmanifest', '.txt', '.ttf', '.ico']);

export function brotli(buf) {
  return zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/**
 * A static server for `dist` under `base`. Options: `brotli` (serve compressible files
 * brotli-encoded to clients that accept br; every such file is compressed when the server
 * is created, so no request waits for the compressor).
 */
export function createServer(dist, base = '/', opts = {}) {
  const root = path.resolve(dist);
  if (!base.endsWith('/')) base += '/';
  const cache = new Map(); // absolute path -> { mtimeMs, size, br }
  const compressed = (file, stat) => {
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.br;
    const br = brotli(fs.readFileSync(file));
    cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, br });
    return br;
  };
  if (opts.brotli) {
    const walk = (d) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (COMPRESSIBLE.has(path.extname(p))) compressed(p, fs.statSync(p));
      }
    };
    walk(root);
  }
  const send = (req, res, status, file, type) => {
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    const stat = fs.statSync(file);
    const accepts = /\bbr\b/.test(req.headers['accept-encoding'] || '');
    if (opts.brotli && COMPRESSIBLE.has(path.extname(file))) {
      headers.vary = 'accept-encoding';
      if (accepts) {
        const body = compressed(file, stat);
        res.writeHead(status, { ...headers, 'content-encoding': 'br', 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
    }
    res.writeHead(status, { ...headers, 'content-length': stat.size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };
  return http.createServer((req, res) => {
    let url;
    try { url = new URL(req.url, 'http://x'); } catch { res.writeHead(400).end(); return; }
    let p;
    try { p = decodeURIComponent(url.pathname); } catch { p = url.pathname; }
    const send404 = () => {
      const nf = path.join(root, '404.html');
      if (fs.existsSync(nf)) return send(req, res, 404, nf, TYPES['.html']);
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end('not found');
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
    send(req, res, 200, file, TYPES[path.extname(file)] || 'application/octet-stream');
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const [dist = 'dist', base = '/', port = '8080'] = args.filter((a) => !a.startsWith('--'));
  createServer(dist, base, { brotli: args.includes('--brotli') }).listen(Number(port), '127.0.0.1');
}
