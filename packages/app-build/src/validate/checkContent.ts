import { extname } from 'node:path';
import type { AppPackage, Findings } from './types';

/** Extensions Zendesk refuses (docs/platform/zaf.md §Forbidden and flagged content), with `.gz`/`.tgz` standing for gzip. */
const FORBIDDEN_EXTENSIONS = [
  'rar', 'zip', 'gz', 'tgz', 'gzip', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar', 'mp3',
  'mpeg', 'mpg', 'odt', 'pptx', 'ppt', 'xls', 'xlsx', '7z',
];

// Zendesk sniffs content too, so a renamed archive is still refused.
const MAGIC: [string, number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['zip', [0x50, 0x4b, 0x07, 0x08]],
  ['gzip', [0x1f, 0x8b]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['bz2', [0x42, 0x5a, 0x68]],
];

/** The forbidden kind a file's first bytes reveal, if any. */
function sniffForbiddenKind(data: Buffer): string | undefined {
  const found = MAGIC.find(([, bytes]) => bytes.every((byte, index) => data[index] === byte));
  // "BZh" is also plain text; a real bzip2 stream continues with a block size digit and the block magic.
  if (found?.[0] === 'bz2' && !/^BZh[1-9]1AY&SY/.test(data.subarray(0, 10).toString('latin1'))) return undefined;
  return found?.[0];
}

const SECRET_PATTERNS: [string, RegExp][] = [
  ['private key', /-----BEGIN (?:RSA |OPENSSH |DSA |EC |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ['AWS access key id', /\bAKIA[0-9A-Z]{16}\b/],
  ['Slack token', /\bxox[abopr]-[0-9A-Za-z-]{10,}/],
  ['bearer token', /Bearer [A-Za-z0-9._~+/-]{20,}=*/],
  ['credential literal', /(?:secret|api_?key|access_token|client_secret|password|passwd)["']?\s*[:=]\s*["'][A-Za-z0-9+/_.-]{16,}["']/i],
];
// The words Zendesk's upload scan flags in any text file (docs/platform/zaf.md §Forbidden and flagged content); bundles trip it harmlessly.
const SECRET_KEYWORDS = /pass|secret|auth_key|authKey|auth_user|AuthUser|username|api_key/g;
const TEXT_FILE = /\.(html|xml|js|json)$/;
const HTTP_URL = /http:\/\/[^\s"'`<>)\\]+/g;
const XML_NAMESPACE = /^http:\/\/www\.w3\.org\//;

function checkSecrets(pkg: AppPackage, findings: Findings): void {
  for (const file of pkg.files.filter((path) => TEXT_FILE.test(path))) {
    const text = pkg.read(file).toString('utf8');
    for (const [kind, pattern] of SECRET_PATTERNS) {
      const match = pattern.exec(text)?.[0];
      if (!match) continue;
      // The oauth block must carry the client secret; Zendesk still flags it, so say why it is there.
      const oauthSecret = file === 'manifest.json' && match.startsWith('client_secret');
      findings.warn(
        'content.secret',
        file,
        oauthSecret
          ? 'holds the OAuth client secret (the oauth block needs it; Zendesk flags it anyway): keep this package private.'
          : `contains what looks like a ${kind}; secrets belong in secure settings.`,
      );
    }
    const words = [...new Set(text.match(SECRET_KEYWORDS) ?? [])];
    if (words.length > 0) {
      const listed = words.map((word) => `"${word}"`).join(', ');
      findings.warn('content.secret-keyword', file, `contains ${listed}, which Zendesk's secret scan flags (harmless in bundled code).`);
    }
  }
}

function checkInsecureUrls(pkg: AppPackage, findings: Findings): void {
  for (const file of pkg.files.filter((path) => /\.(js|html)$/.test(path))) {
    const urls = [...new Set(pkg.read(file).toString('utf8').match(HTTP_URL) ?? [])];
    if (urls.length === 0) continue;
    // Bundled libraries carry XML namespace names: identifiers that are never fetched, but Zendesk lists them too.
    const requests = urls.filter((url) => !XML_NAMESPACE.test(url));
    const listed = requests.length > 0 ? requests : urls;
    const shown = listed.slice(0, 4).join(', ') + (listed.length > 4 ? ', …' : '');
    const what = requests.length > 0 ? `http:// URLs (${shown})` : `only XML namespace names over http:// (${shown})`;
    findings.warn('content.insecure-http', file, `mentions ${what}; Zendesk's upload lists every http:// URL as insecure.`);
  }
}

/** Symlinks, forbidden file types, http:// URLs and secret-looking strings (docs/platform/zaf.md §Forbidden and flagged content). */
export function checkContent(pkg: AppPackage, findings: Findings): void {
  for (const link of pkg.symlinks) findings.error('file.symlink', link, 'is a symbolic link; packages may not contain links.');
  for (const file of pkg.files) {
    const extension = extname(file).slice(1).toLowerCase();
    if (FORBIDDEN_EXTENSIONS.includes(extension)) {
      findings.error('file.forbidden-type', file, `.${extension} files are not allowed in an app package.`);
      continue;
    }
    const sniffed = sniffForbiddenKind(pkg.read(file));
    if (sniffed) findings.error('file.forbidden-type', file, `is a ${sniffed} file by its content; such files are not allowed.`);
  }
  checkInsecureUrls(pkg, findings);
  checkSecrets(pkg, findings);
}
