import { validatePackage } from './validatePackage';
import { png, removeFixtures, validTranslations, writeFixture, type FixtureFile } from './testing';

type Edit = (manifest: Record<string, unknown>) => void | string;
type Row = [string, { manifest?: Edit; files?: Record<string, FixtureFile> }, string];

const en = (edit: (app: Record<string, unknown>) => void): string => {
  const translations = validTranslations() as { app: Record<string, unknown> };
  edit(translations.app);
  return JSON.stringify(translations);
};
const svg = (body: string): string => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;
const oauthBlock = { client_id: 'id', client_secret: 'value', authorize_uri: 'https://a.example/auth', access_token_uri: 'https://a.example/token' };
const ruleIds = (findings: { rule: string }[]): string[] => findings.map((finding) => finding.rule);

afterEach(removeFixtures);

it('accepts a well-formed package without errors or warnings', () => {
  const report = validatePackage(writeFixture());
  expect(report.errors).toEqual([]);
  expect(report.warnings).toEqual([]);
});

const errorRows: Row[] = [
  ['manifest.json is missing', { files: { 'manifest.json': null } }, 'package.missing-manifest'],
  ['manifest.json sits in a sub-folder', { files: { 'manifest.json': null, 'app/manifest.json': '{}' } }, 'package.nested-manifest'],
  ['the manifest is not JSON', { manifest: () => '{"name": ' }, 'manifest.invalid-json'],
  ['the manifest repeats a key', { manifest: (m) => JSON.stringify(m).replace('{', '{"name":"Twice",') }, 'manifest.duplicate-key'],
  ['the manifest is an array', { manifest: () => '[]' }, 'manifest.not-object'],
  ['author is missing', { manifest: (m) => void delete m.author }, 'manifest.missing-key'],
  ['defaultLocale is missing', { manifest: (m) => void delete m.defaultLocale }, 'manifest.missing-key'],
  ['frameworkVersion is missing', { manifest: (m) => void delete m.frameworkVersion }, 'manifest.missing-key'],
  ['location is missing', { manifest: (m) => void delete m.location }, 'manifest.missing-key'],
  ['location is empty', { manifest: (m) => void (m.location = {}) }, 'manifest.missing-key'],
  ['private is a string', { manifest: (m) => void (m.private = 'false') }, 'manifest.wrong-type'],
  ['version is a number', { manifest: (m) => void (m.version = 1) }, 'manifest.wrong-type'],
  ['author.email is a number', { manifest: (m) => void (m.author = { name: 'A', email: 1 }) }, 'manifest.wrong-type'],
  ['domainWhitelist is a string', { manifest: (m) => void (m.domainWhitelist = 'api.getbase.com') }, 'manifest.wrong-type'],
  ['parameters is an object', { manifest: (m) => void (m.parameters = {}) }, 'manifest.wrong-type'],
  ['experiments is a list', { manifest: (m) => void (m.experiments = []) }, 'manifest.wrong-type'],
  ['author.url is not http(s)', { manifest: (m) => void (m.author = { name: 'A', email: 'a@b.c', url: 'ftp://x.example' }) }, 'manifest.invalid-url'],
  ['termsConditionsURL has no host', { manifest: (m) => void (m.termsConditionsURL = 'terms.html') }, 'manifest.invalid-url'],
  ['frameworkVersion is not served', { manifest: (m) => void (m.frameworkVersion = '1.0') }, 'manifest.framework-version'],
  ['defaultLocale is not a locale', { manifest: (m) => void (m.defaultLocale = 'English') }, 'manifest.default-locale'],
  ['the default locale has no file', { manifest: (m) => void (m.defaultLocale = 'fr') }, 'manifest.default-locale-file'],
  ['noTemplate is set', { manifest: (m) => void (m.noTemplate = true) }, 'manifest.no-template'],
  ['an unknown experiment is on', { manifest: (m) => void (m.experiments = { turbo: true }) }, 'manifest.experiments'],
  ['a marketing-only app declares a location', { manifest: (m) => void (m.marketingOnly = true) }, 'manifest.banned-key'],
  [
    'a requirements-only app ships JavaScript',
    { manifest: (m) => void Object.assign(m, { requirementsOnly: true, location: undefined, frameworkVersion: undefined }) },
    'source.banned-file',
  ],
  ['a location names an unknown product', { manifest: (m) => void (m.location = { talk: { call: 'assets/iframe.html' } }) }, 'location.unknown-product'],
  ['a location is not valid for its product', { manifest: (m) => void (m.location = { chat: { top_bar: 'assets/iframe.html' } }) }, 'location.unknown-location'],
  ['a location has no URL', { manifest: (m) => void (m.location = { support: { ticket_sidebar: { flexible: true } } }) }, 'location.missing-url'],
  ['a location is a v1 array', { manifest: (m) => void (m.location = ['ticket_sidebar']) }, 'location.invalid-shape'],
  ['a location URL uses plain http', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'http://app.example/' } }) }, 'location.invalid-url'],
  ['a relative URL is outside assets/', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'iframe.html' } }) }, 'location.invalid-url'],
  ['a relative URL points at a missing file', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'assets/nope.html' } }) }, 'location.missing-file'],
  ['flexible is not a boolean', { manifest: (m) => void (m.location = { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: 'yes' } } }) }, 'location.wrong-type'],
  ['a parameter has no name', { manifest: (m) => void (m.parameters = [{ type: 'text' }]) }, 'parameter.invalid-shape'],
  ['two parameters share a name', { manifest: (m) => void (m.parameters = [{ name: 'a' }, { name: 'a', type: 'checkbox' }]) }, 'parameter.duplicate'],
  ['a parameter has an unknown type', { manifest: (m) => void (m.parameters = [{ name: 'a', type: 'password' }]) }, 'parameter.invalid-type'],
  ['required is not a boolean', { manifest: (m) => void (m.parameters = [{ name: 'a', required: 'yes' }]) }, 'parameter.wrong-type'],
  ['a parameter is called name', { manifest: (m) => void (m.parameters = [{ name: 'name' }]) }, 'parameter.reserved-name'],
  ['a hidden parameter is required', { manifest: (m) => void (m.parameters = [{ name: 'a', type: 'hidden', required: true }]) }, 'parameter.hidden-required'],
  [
    'two parameters are of type oauth',
    { manifest: (m) => void Object.assign(m, { oauth: oauthBlock, parameters: [{ name: 'a', type: 'oauth' }, { name: 'b', type: 'oauth' }] }) },
    'parameter.too-many-oauth',
  ],
  ['an oauth parameter is secure', { manifest: (m) => void Object.assign(m, { oauth: oauthBlock, parameters: [{ name: 'a', type: 'oauth', secure: true }] }) }, 'parameter.oauth-secure'],
  ['scopes sit on a non-secure parameter', { manifest: (m) => void (m.parameters = [{ name: 'a', scopes: ['header'] }]) }, 'parameter.scopes-not-secure'],
  ['scopes hold an unknown value', { manifest: (m) => void (m.parameters = [{ name: 'a', secure: true, scopes: ['cookie'] }]) }, 'parameter.invalid-scopes'],
  ['scopes are empty', { manifest: (m) => void (m.parameters = [{ name: 'a', secure: true, scopes: [] }]) }, 'parameter.invalid-scopes'],
  [
    'the oauth block lacks client_secret',
    { manifest: (m) => void Object.assign(m, { oauth: { ...oauthBlock, client_secret: '' }, parameters: [{ name: 'a', type: 'oauth' }] }) },
    'oauth.missing-field',
  ],
  ['an oauth block has no oauth parameter', { manifest: (m) => void (m.oauth = oauthBlock) }, 'oauth.missing-parameter'],
  ['an oauth parameter has no oauth block', { manifest: (m) => void (m.parameters = [{ name: 'a', type: 'oauth' }]) }, 'oauth.missing-block'],
  ['a translation file is not named by locale', { files: { 'translations/english.json': '{}' } }, 'translation.invalid-locale'],
  ['a translation file is not JSON', { files: { 'translations/fr.json': '{"app": ' } }, 'translation.invalid-json'],
  ['a translation file holds an array', { files: { 'translations/fr.json': '[]' } }, 'translation.not-object'],
  ['a parameter translation has no label', { files: { 'translations/en.json': en((app) => void (app.parameters = { lead_status: { helpText: 'x' } })) } }, 'translation.parameter-label'],
  ['a public app lacks a long description', { files: { 'translations/en.json': en((app) => void delete app.long_description) } }, 'translation.missing-key'],
  [
    'a private app has no name',
    { manifest: (m) => void (m.private = true), files: { 'translations/en.json': en((app) => void delete app.name) } },
    'translation.missing-key',
  ],
  [
    'product texts name a product the manifest lacks',
    { files: { 'translations/en.json': en((app) => void (app.sell = { name: 'x', short_description: 'x', long_description: 'x', installation_instructions: 'x' })) } },
    'translation.product-mismatch',
  ],
  ['the short description is too long', { files: { 'translations/en.json': en((app) => void (app.short_description = 'x'.repeat(81))) } }, 'translation.short-description-length'],
  ['app.package is not in i18n format', { files: { 'translations/en.json': en((app) => void (app.package = { title: 'x' })) } }, 'translation.invalid-format'],
  ['the package contains a symlink', { files: { 'assets/link.js': { symlink: 'app.js' } } }, 'file.symlink'],
  ['the package contains a shell script', { files: { 'assets/run.sh': 'echo hi' } }, 'file.forbidden-type'],
  ['the package contains a zip', { files: { 'assets/app.zip': 'anything' } }, 'file.forbidden-type'],
  ['a zip hides under another name', { files: { 'assets/data.bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]) } }, 'file.forbidden-type'],
  ['a gzip hides under another name', { files: { 'assets/data.txt': Buffer.from([0x1f, 0x8b, 0x08, 0x00]) } }, 'file.forbidden-type'],
  ['a pdf hides under another name', { files: { 'assets/doc.txt': '%PDF-1.7\n' } }, 'file.forbidden-type'],
  ['an SVG is not well-formed', { files: { 'assets/icon.svg': '<svg><g></svg>' } }, 'svg.unparseable'],
  ['an SVG carries a script', { files: { 'assets/icon.svg': svg('<script>alert(1)</script>') } }, 'svg.unsafe'],
  ['an SVG has an event handler', { files: { 'assets/icon.svg': svg('<rect onclick="x()" width="1" height="1"/>') } }, 'svg.unsafe'],
  ['an SVG embeds a foreign object', { files: { 'assets/icon.svg': svg('<foreignObject><div/></foreignObject>') } }, 'svg.unsafe'],
  ['an SVG links to javascript:', { files: { 'assets/icon.svg': svg('<a href="javascript:x()"><rect/></a>') } }, 'svg.unsafe'],
  ['logo.png is missing', { files: { 'assets/logo.png': null } }, 'image.missing-logo'],
  ['logo-small.png is missing', { files: { 'assets/logo-small.png': null } }, 'image.missing-logo'],
  ['logo.png has the wrong size', { files: { 'assets/logo.png': png(300, 320) } }, 'image.wrong-size'],
  ['logo-small.png has the wrong size', { files: { 'assets/logo-small.png': png(128, 129) } }, 'image.wrong-size'],
  ['logo.png is not a PNG', { files: { 'assets/logo.png': '<svg/>' } }, 'image.not-png'],
  ['a banner has the wrong size', { files: { 'assets/banner.png': png(830, 201) } }, 'image.wrong-size'],
  ['a top_bar app has no icon', { manifest: (m) => void (m.location = { sell: { top_bar: 'assets/iframe.html' } }) }, 'image.missing-icon'],
];

it.each(errorRows)('reports an error when %s', (_, fixture, rule) => {
  const report = validatePackage(writeFixture(fixture));
  expect(ruleIds(report.errors)).toContain(rule);
});

const warningRows: Row[] = [
  ['a text setting named like a key is not secure', { manifest: (m) => void (m.parameters = [{ name: 'api_key', type: 'text' }]) }, 'settings.insecure-name'],
  ['a secure setting has a default', { manifest: (m) => void (m.parameters = [{ name: 'a', secure: true, scopes: ['header'], default: 'x' }]) }, 'settings.default-on-secure'],
  ['a hidden setting has a default', { manifest: (m) => void (m.parameters = [{ name: 'a', type: 'hidden', default: '{}' }]) }, 'settings.default-on-secure'],
  ['a secure setting has no scopes', { manifest: (m) => void (m.parameters = [{ name: 'a', secure: true }]) }, 'settings.no-scopes'],
  ['an mtls setting is declared', { manifest: (m) => void (m.parameters = [{ name: 'cert', type: 'mtls', allowed_domain: 'api.example.com' }]) }, 'parameter.mtls'],
  ['JavaScript calls a plain http URL', { files: { 'assets/app.js': 'fetch("http://api.example.com/x")' } }, 'content.insecure-http'],
  ['JavaScript holds an AWS key id', { files: { 'assets/app.js': 'const id = "AKIAABCDEFGHIJKLMNOP";' } }, 'content.secret'],
  ['HTML holds a private key', { files: { 'assets/iframe.html': '<p>-----BEGIN RSA PRIVATE KEY-----</p>' } }, 'content.secret'],
  ['JavaScript assigns a literal secret', { files: { 'assets/app.js': 'const cfg = {api_key: "abcdefghijklmnop1234"};' } }, 'content.secret'],
  ['JavaScript mentions a password', { files: { 'assets/app.js': 'input.type = "password";' } }, 'content.secret-keyword'],
  ['a translation file repeats a key', { files: { 'translations/fr.json': '{"app": {"name": "a", "name": "b"}}' } }, 'translation.duplicate-key'],
  ['a translation lacks a setting label', { files: { 'translations/fr.json': '{"app": {"name": "Fixture"}}' } }, 'translation.missing-label'],
  ['an SVG embeds a bitmap', { files: { 'assets/icon.svg': svg('<image href="data:image/png;base64,AAAA"/>') } }, 'svg.rewritten'],
];

it.each(warningRows)('warns, without failing, when %s', (_, fixture, rule) => {
  const report = validatePackage(writeFixture(fixture));
  expect(ruleIds(report.warnings)).toContain(rule);
  expect(report.errors).toEqual([]);
});

const acceptedRows: [string, { manifest?: Edit; files?: Record<string, FixtureFile> }][] = [
  ['a location URL uses a setting placeholder', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'https://{{setting.host}}/app' } }) }],
  ['a location URL points at localhost over http', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'http://localhost:3000/' } }) }],
  ['a location URL carries a query string', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'assets/iframe.html?view=x' } }) }],
  ['a location with autoLoad false has no URL', { manifest: (m) => void (m.location = { support: { ticket_sidebar: 'assets/iframe.html', background: { autoLoad: false } } }) }],
  ['a legacy product key is used', { manifest: (m) => void (m.location = { zendesk: { ticket_sidebar: 'assets/iframe.html' } }) }],
  ['a top_bar app ships its icon', { manifest: (m) => void (m.location = { sell: { top_bar: 'assets/iframe.html' } }), files: { 'assets/icon_top_bar.svg': svg('<path d="M0 0h10v10z"/>') } }],
  ['a private app only has a name', { manifest: (m) => void (m.private = true), files: { 'translations/en.json': '{"app": {"name": "Fixture", "parameters": {"sell_api_token": {"label": "T"}, "lead_status": {"label": "S"}}}}' } }],
  ['the legacy description key replaces short_description', { files: { 'translations/en.json': en((app) => { app.description = app.short_description; delete app.short_description; }) } }],
  ['a banner has the large size', { files: { 'assets/banner.png': png(1660, 400) } }],
  ['a text file starts with BZh', { files: { 'assets/notes.txt': 'BZh is just text here' } }],
  ['files under tmp/ would be forbidden', { files: { 'tmp/app-1.zip': 'zip' } }],
  ['a valid OAuth setup is declared', { manifest: (m) => void Object.assign(m, { oauth: oauthBlock, parameters: [{ name: 'access_token', type: 'oauth' }] }) }],
];

it.each(acceptedRows)('accepts a package where %s', (_, fixture) => {
  expect(validatePackage(writeFixture(fixture)).errors).toEqual([]);
});

it('names the file each error is about', () => {
  const report = validatePackage(writeFixture({ files: { 'assets/logo.png': png(10, 10), 'translations/english.json': '{}' } }));
  expect(report.errors.map((finding) => finding.file).sort()).toEqual(['assets/logo.png', 'translations/english.json']);
});
