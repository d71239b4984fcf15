import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { readPackage } from './readPackage';
import { removeFixtures, writeFixture } from './testing';
import { validatePackage } from './validatePackage';

afterEach(removeFixtures);

function zipFolder(dir: string, prefix: string): string {
  const pkg = readPackage(dir);
  const entries = Object.fromEntries(pkg.files.map((path) => [`${prefix}${path}`, new Uint8Array(pkg.read(path))]));
  const zip = join(dir, '..', `${dir.split('/').pop() ?? 'app'}.zip`);
  writeFileSync(zip, zipSync(entries));
  return zip;
}

it('lists regular files with POSIX paths and reports symlinks without following them', () => {
  const dir = writeFixture({ files: { 'assets/link.js': { symlink: 'app.js' } } });
  const pkg = readPackage(dir);
  expect(pkg.files).toContain('assets/logo.png');
  expect(pkg.files).not.toContain('assets/link.js');
  expect(pkg.symlinks).toEqual(['assets/link.js']);
  expect(pkg.read('manifest.json').equals(readFileSync(join(dir, 'manifest.json')))).toBe(true);
});

it('reads a zip with the same files as its folder', () => {
  const dir = writeFixture();
  const zip = zipFolder(dir, '');
  expect(readPackage(zip).files).toEqual(readPackage(dir).files);
  expect(validatePackage(zip).errors).toEqual([]);
});

it('spots a zip whose files sit inside a top folder', () => {
  const zip = zipFolder(writeFixture(), 'app/');
  expect(validatePackage(zip).errors.map((finding) => finding.rule)).toContain('package.nested-manifest');
});

it('throws when asked for a file the package lacks', () => {
  expect(() => readPackage(writeFixture()).read('nope.txt')).toThrow();
});
