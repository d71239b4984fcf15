// Integration: the Support client against the real sandbox, through the fetch transport and msw.
import { createSandbox, fixtures } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { setupServer } from 'msw/node';
import { createFetchTransport } from './createFetchTransport';
import { createSupportClient } from './createSupportClient';
import { recordingSleep } from './testing';

const sandbox = createSandbox({ seed: 5 });
const server = setupServer(...sandboxHandlers(sandbox));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sandbox.faults.clear();
  sandbox.reset();
});
afterAll(() => server.close());

function supportClient() {
  const sleep = recordingSleep();
  const transport = createFetchTransport({ zendeskOrigin: 'https://sandbox.zendesk.com' });
  return { sleep, support: createSupportClient({ transport, sleep, random: () => 0.5 }) };
}

describe('Support client against the sandbox', () => {
  it('reads an installation without secure values', async () => {
    const { support } = supportClient();
    const installation = await support.getInstallation(fixtures.installations.sellInChat, 'chat');
    expect(installation.id).toBe(fixtures.installations.sellInChat);
    expect(installation.settings).not.toHaveProperty('sell_api_token');
    expect(installation.settings).not.toHaveProperty('access_token');
  });

  it('updates only the changed settings', async () => {
    const { support } = supportClient();
    const before = await support.getInstallation(fixtures.installations.sellInSupport, 'support');
    const after = await support.updateInstallation(fixtures.installations.sellInSupport, 'support', { lead_status: 'Working' });
    expect(after.settings.lead_status).toBe('Working');
    expect({ ...after.settings, lead_status: before.settings.lead_status }).toEqual(before.settings);
  });

  it("pages through a requester's tickets found by email, newest update first", async () => {
    const { support } = supportClient();
    const [user] = await support.findUsersByEmail(fixtures.leadOnly.email);
    const first = await support.listRequestedTickets(user!.id);
    expect(first.count).toBe(fixtures.leadOnly.ticketCount);
    const second = await support.listRequestedTickets(user!.id, { page: first.nextPage! });
    expect(second.nextPage).toBeNull();
    const tickets = [...first.tickets, ...second.tickets];
    expect(new Set(tickets.map((t) => t.id)).size).toBe(fixtures.leadOnly.ticketCount);
    expect(tickets.map((t) => t.updated_at)).toEqual(tickets.map((t) => t.updated_at).sort().reverse());
    const assignees = new Set([...first.users, ...second.users].map((u) => u.id));
    expect(tickets.every((t) => t.assignee_id === null || assignees.has(t.assignee_id))).toBe(true);
  });

  it('finds nobody for an unknown email', async () => {
    const { support } = supportClient();
    expect(await support.findUsersByEmail('ghost@nowhere.example')).toEqual([]);
  });

  it('retries a Support 5xx on a read', async () => {
    sandbox.faults.inject({ match: { path: '/api/v2/users/search.json' }, status: 503, count: 1 });
    const { support, sleep } = supportClient();
    expect(await support.findUsersByEmail(fixtures.leadOnly.email)).toHaveLength(1);
    expect(sleep.delays).toEqual([500]);
  });
});
