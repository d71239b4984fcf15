/** Test helpers: writes small app packages to temp folders, valid by default, broken one rule at a time. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, blank greyscale PNG of the given size. */
export function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc(height * (width + 1)); // each row: filter byte 0, then zero pixels
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A manifest that passes every rule: one Support location, a secure token and a plain setting. */
function validManifest(): Record<string, unknown> {
  return {
    name: 'Fixture App',
    author: { name: 'Sell Bridge', email: 'apps@sell-bridge.example', url: 'https://sell-bridge.example' },
    defaultLocale: 'en',
    private: false,
    location: { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: true } } },
    version: '1.0.0',
    frameworkVersion: '2.0',
    domainWhitelist: ['api.getbase.com'],
    parameters: [
      { name: 'sell_api_token', type: 'text', secure: true, scopes: ['header'] },
      { name: 'lead_status', type: 'text', default: 'New' },
    ],
  };
}

/** English translations matching {@link validManifest}. */
export function validTranslations(): Record<string, unknown> {
  return {
    app: {
      name: 'Fixture App',
      short_description: 'Short.',
      long_description: 'Long.',
      installation_instructions: 'Install.',
      parameters: { sell_api_token: { label: 'Token', helpText: 'Help.' }, lead_status: { label: 'Status' } },
    },
  };
}

export type FixtureFile = string | Buffer | { symlink: string } | null;

interface FixtureOptions {
  /** Edits a copy of {@link validManifest}; return a string to write raw text instead. */
  manifest?: (manifest: Record<string, unknown>) => void | string;
  /** Extra or replaced files by package path; null deletes a default file. */
  files?: Record<string, FixtureFile>;
}

const created: string[] = [];

/** Writes a package folder and returns its path; remove them all with {@link removeFixtures}. */
export function writeFixture({ manifest: edit, files = {} }: FixtureOptions = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sell-bridge-validate-'));
  created.push(root);
  const manifest = validManifest();
  const raw = edit?.(manifest);
  const contents: Record<string, FixtureFile> = {
    'manifest.json': typeof raw === 'string' ? raw : JSON.stringify(manifest, null, 2),
    'translations/en.json': JSON.stringify(validTranslations()),
    'assets/iframe.html': '<!doctype html><html><body><script type="module" src="./app.js"></script></body></html>',
    'assets/app.js': 'console.log("ready");',
    'assets/logo.png': png(320, 320),
    'assets/logo-small.png': png(128, 128),
    ...files,
  };
  for (const [path, content] of Object.entries(contents)) {
    if (content === null) continue;
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.symlink, full);
    else writeFileSync(full, content);
  }
  return root;
}

/** Deletes every folder {@link writeFixture} made. */
export function removeFixtures(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}
