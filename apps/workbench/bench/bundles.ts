/** Bundle weights of a built app: what iframe.html loads before the first render, and the lazy chunks. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  initialGzip: number;
  initialFiles: { file: string; gzip: number }[];
  lazy: { file: string; gzip: number }[];
}

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Files referenced by the HTML entry (module script, modulepreloads, stylesheets) count as initial. */
export function bundleReport(assetsDir: string): BundleReport {
  const html = readFileSync(join(assetsDir, 'iframe.html'), 'utf8');
  const referenced = new Set([...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
  const files = readdirSync(assetsDir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const initialFiles = files.filter((f) => referenced.has(f)).map((file) => ({ file, gzip: gz(join(assetsDir, file)) }));
  const lazy = files.filter((f) => !referenced.has(f)).map((file) => ({ file, gzip: gz(join(assetsDir, file)) }));
  return { initialGzip: initialFiles.reduce((sum, f) => sum + f.gzip, 0), initialFiles, lazy };
}
