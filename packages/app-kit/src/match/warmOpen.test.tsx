import { screen } from '@testing-library/react';
import { fixtures } from '@sell-bridge/sandbox';
import { requestPaths, setupSandboxServer } from '../testing';
import { fieldLayout, renderSidebar, visitor } from '../testing/renderSidebar';

const { sandbox } = setupSandboxServer();

const sellRequests = () => sandbox.requestLog.filter((entry) => entry.url.startsWith('https://api.getbase.com'));

it('opens the next conversation’s sidebar with the reference data the previous one loaded: only the records are read', async () => {
  const first = renderSidebar(sandbox, visitor(fixtures.personWithDeals.email));
  await screen.findByTestId('sell-record');
  const cold = requestPaths(sandbox);
  // The default layout shows a lead's source and a deal's stage, and no custom field.
  expect(cold).toEqual(expect.arrayContaining(['GET /v2/users', 'GET /v2/lead_sources', 'GET /v2/stages']));
  expect(cold.filter((path) => path.endsWith('/custom_fields'))).toEqual([]);
  first.unmount();

  // Another chat: a new iframe of the same installation in the same tab.
  const before = sellRequests().length;
  renderSidebar(sandbox, visitor(fixtures.leadOnly.email));
  expect(await screen.findByText(fixtures.leadOnly.name)).toBeInTheDocument();
  const warm = sellRequests().slice(before).map((entry) => `${entry.method} ${new URL(entry.url).pathname}`);
  expect(warm.sort()).toEqual(['GET /v2/contacts', 'GET /v2/leads']);
});

it('reads the reference data again when the installation’s stored copy is older than five minutes', async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    const first = renderSidebar(sandbox, visitor(fixtures.leadOnly.email));
    await screen.findByText(fixtures.leadOnly.name);
    first.unmount();
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1);

    const before = sellRequests().length;
    renderSidebar(sandbox, visitor(fixtures.leadOnly.email));
    await screen.findByText(fixtures.leadOnly.name);
    const paths = sellRequests().slice(before).map((entry) => new URL(entry.url).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/v2/users', '/v2/lead_sources']));
  } finally {
    vi.useRealTimers();
  }
});

it('reads the custom field definitions of the resources whose widgets show a custom field, and no other list', async () => {
  renderSidebar(sandbox, visitor(fixtures.personWithDeals.email), {
    settings: { field_layout: fieldLayout({ lead: ['email'], person: ['email', 'custom:Tier'], company: [], deal: ['value'] }) },
  });
  await screen.findByTestId('sell-record');
  const lists = requestPaths(sandbox).filter((path) => /custom_fields|lead_sources|stages/.test(path));
  expect(lists).toEqual(['GET /v2/contact/custom_fields']);
});
