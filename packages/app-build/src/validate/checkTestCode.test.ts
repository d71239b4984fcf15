import { validatePackage } from './validatePackage';
import { removeFixtures, writeFixture, type FixtureFile } from './testing';

const MSW = 'msw (Mock Service Worker)';
const SANDBOX = 'the offline sandbox (@sell-bridge/sandbox)';

// Snippets as they come out of a minified Vite build of msw and of the sandbox.
const badRows: [string, Record<string, FixtureFile>, string, string][] = [
  ['msw log prefix', { 'assets/app.js': 'var o=`[MSW]`;function s(e,...t){return`${o} ${n(e,...t)}`}' }, 'assets/app.js', MSW],
  ['msw passthrough header', { 'assets/app.js': 'e.headers.get(`x-msw-intention`)===`passthrough`' }, 'assets/app.js', MSW],
  ['setupWorker worker URL', { 'assets/mocks-1a2b.js': 'Hs=`/mockServiceWorker.js`;function Us(...e){}' }, 'assets/mocks-1a2b.js', MSW],
  ['msw worker file', { 'assets/mockServiceWorker.js': "switch (event.data) { case 'MOCK_ACTIVATE': {} }" }, 'assets/mockServiceWorker.js', MSW],
  ['HttpResponse symbol', { 'assets/app.js': 'V=Symbol.for(`kDefaultContentType`);' }, 'assets/app.js', MSW],
  ['msw in an inline script', { 'assets/iframe.html': '<html><body><script>console.warn("[MSW] Mocking enabled.")</script></body></html>' }, 'assets/iframe.html', MSW],
  ['sandbox unknown-host reply', { 'assets/app.js': 'return new Response(`sandbox: no fake service for host ${n.hostname}`,{status:502})' }, 'assets/app.js', SANDBOX],
  ['sandbox seeded user email', { 'assets/app.js': 'email:`amelia.hart@sandbox-sell.example`,role:`admin`' }, 'assets/app.js', SANDBOX],
  ['sandbox Support role header', { 'assets/app.js': 'let r=e.headers.get(`x-sandbox-role`)??t.supportDefaultRole' }, 'assets/app.js', SANDBOX],
];

const goodRows: [string, Record<string, FixtureFile>][] = [
  ['a plain bundle', {}],
  ['prose naming msw and the sandbox', { 'assets/app.js': 'const help=`Tests mock the API with msw (Mock Service Worker, MSW) in a sandbox.`;' }],
  ['an iframe sandbox attribute', { 'assets/iframe.html': '<html><body><iframe sandbox="allow-scripts" src="./app.js"></iframe></body></html>' }],
  ['a Support subdomain called sandbox', { 'assets/app.js': 'fetch(`https://sandbox.zendesk.com/api/v2/users/me.json`)' }],
  ['a marker in a non-script file', { 'assets/notes.txt': 'Never ship [MSW] or sandbox-sell.example code.' }],
];

const testCode = (path: string) => validatePackage(path).errors.filter((finding) => finding.rule === 'content.test-code');

afterEach(removeFixtures);

it.each(badRows)('fails a package whose code carries the %s', (_, files, file, library) => {
  const findings = testCode(writeFixture({ files }));
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({ severity: 'error', file });
  expect(findings[0]?.message).toContain(library);
});

it.each(goodRows)('accepts %s', (_, files) => {
  const report = validatePackage(writeFixture({ files }));
  expect(report.errors).toEqual([]);
});

it('reports each library once per file, naming every marker found', () => {
  const files = { 'assets/app.js': 'x=`[MSW]`;y=`x-msw-intention`;z=`amelia.hart@sandbox-sell.example`' };
  const findings = testCode(writeFixture({ files }));
  expect(findings.map((finding) => finding.message)).toEqual([
    expect.stringContaining(`${MSW} ("[MSW]", "x-msw-intention")`),
    expect.stringContaining(`${SANDBOX} ("sandbox-sell.example")`),
  ]);
});
