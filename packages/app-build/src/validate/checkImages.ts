import { declaredLocations } from './checkLocations';
import type { AppPackage, Findings } from './types';

/** Logos Zendesk requires for installation, with their exact pixel sizes (docs/platform/zaf.md §Required files and logos). */
const LOGOS: { path: string; width: number; height: number }[] = [
  { path: 'assets/logo.png', width: 320, height: 320 },
  { path: 'assets/logo-small.png', width: 128, height: 128 },
];
/** Locations drawn as an icon in a bar or toolbar, by product (docs/platform/zaf.md §Locations). */
const ICON_LOCATIONS: Record<string, string[]> = {
  support: ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'],
  sell: ['top_bar'],
};
const BANNER_SIZES = ['830x200', '1660x400'];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function readPngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !PNG_SIGNATURE.every((byte, index) => data[index] === byte)) return undefined;
  // The IHDR chunk must come first: length (4 bytes), type "IHDR", then width and height as big-endian uint32.
  if (data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function checkPng(pkg: AppPackage, path: string, sizes: string[], findings: Findings): void {
  const size = readPngSize(pkg.read(path));
  if (!size) findings.error('image.not-png', path, 'is not a PNG image.');
  else if (!sizes.includes(`${size.width}x${size.height}`)) {
    findings.error('image.wrong-size', path, `is ${size.width}×${size.height} px; it must be ${sizes.join(' or ').replaceAll('x', '×')} px.`);
  }
}

/** Checks logos, the optional banner and the icons of bar locations. */
export function checkImages(pkg: AppPackage, location: unknown, findings: Findings): void {
  for (const { path, width, height } of LOGOS) {
    if (!pkg.has(path)) findings.error('image.missing-logo', path, `is missing: a ${width}×${height} PNG logo is required to install the app.`);
    else checkPng(pkg, path, [`${width}x${height}`], findings);
  }
  if (pkg.has('assets/banner.png')) checkPng(pkg, 'assets/banner.png', BANNER_SIZES, findings);
  for (const [product, name] of declaredLocations(location)) {
    if (!ICON_LOCATIONS[product]?.includes(name)) continue;
    // An SVG icon, or the PNG fallback, at the root of assets/ or under the product's folder.
    const candidates = ['', `${product}/`].flatMap((folder) => [`assets/${folder}icon_${name}.svg`, `assets/${folder}icon_${name}_inactive.png`]);
    if (!candidates.some((path) => pkg.has(path))) {
      findings.error('image.missing-icon', `assets/icon_${name}.svg`, `is missing: location ${product}.${name} needs an icon.`);
    }
  }
}
