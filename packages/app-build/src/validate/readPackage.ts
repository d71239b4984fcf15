import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { AppPackage } from './types';

// Zendesk ignores `tmp/` (zcli writes its zips there), so the validator does too.
const IGNORED = /^tmp\//;

function fromMap(source: string, contents: Map<string, Buffer>, symlinks: string[]): AppPackage {
  const files = [...contents.keys()].filter((path) => !IGNORED.test(path)).sort();
  return {
    source,
    files,
    symlinks: symlinks.filter((path) => !IGNORED.test(path)).sort(),
    has: (path) => files.includes(path),
    read: (path) => {
      const data = contents.get(path);
      if (!data) throw new Error(`${path} is not in ${source}`);
      return data;
    },
  };
}

function walk(root: string, dir: string, files: Map<string, Buffer>, symlinks: string[]): void {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    const full = join(root, path);
    // lstat, not the dirent: a symlink must be reported, never followed.
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) symlinks.push(path);
    else if (stat.isDirectory()) walk(root, path, files, symlinks);
    else if (stat.isFile()) files.set(path, readFileSync(full));
  }
}

/** Reads a built app folder (e.g. `apps/sell-in-chat/dist`) without following symlinks. */
function readPackageDir(dir: string): AppPackage {
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const files = new Map<string, Buffer>();
  const symlinks: string[] = [];
  walk(dir, '', files, symlinks);
  return fromMap(dir, files, symlinks);
}

/** Reads an app zip as Zendesk receives it (directory entries dropped). */
function readPackageZip(zipFile: string): AppPackage {
  const entries = unzipSync(readFileSync(zipFile));
  const files = new Map<string, Buffer>();
  for (const [name, data] of Object.entries(entries)) {
    if (!name.endsWith('/')) files.set(name.replace(/^\.\//, ''), Buffer.from(data));
  }
  return fromMap(zipFile, files, []);
}

/** Reads a folder or, for a path ending in `.zip`, a zip. */
export function readPackage(path: string): AppPackage {
  return path.toLowerCase().endsWith('.zip') ? readPackageZip(path) : readPackageDir(path);
}
