// Integration: the Chat client against the real sandbox, through the fetch transport and msw.
import { createSandbox, fixtures } from '@sell-bridge/sandbox';
import { sandboxHandlers } from '@sell-bridge/sandbox/msw';
import { setupServer } from 'msw/node';
import { createChatClient } from './createChatClient';
import { createFetchTransport } from './createFetchTransport';
import { recordingSleep } from './testing';

const sandbox = createSandbox({ seed: 11 });
const server = setupServer(...sandboxHandlers(sandbox));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  sandbox.faults.clear();
  sandbox.clearLog();
});
afterAll(() => server.close());

function chatClient() {
  const sleep = recordingSleep();
  const transport = createFetchTransport({ secrets: { access_token: sandbox.tokens.sell, chat_access_token: sandbox.tokens.chat } });
  return { sleep, chat: createChatClient({ transport, sleep, random: () => 0 }) };
}

describe('Chat client against the sandbox', () => {
  it('pages through every chat of a visitor by cursor', async () => {
    const { chat } = chatClient();
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await chat.searchChatsByEmail(fixtures.leadOnly.email, cursor === undefined ? {} : { cursor });
      ids.push(...page.results.map((r) => r.id));
      cursor = page.next ?? undefined;
      pages += 1;
    } while (cursor !== undefined && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(fixtures.leadOnly.chatCount);
  });

  it('loads the found chats newest first, in one bulk request', async () => {
    const { chat } = chatClient();
    const hits = await chat.searchChatsByEmail(fixtures.personWithDeals.email);
    sandbox.clearLog();
    const chats = await chat.getChats(hits.results.map((r) => r.id));
    expect(chats).toHaveLength(fixtures.personWithDeals.chatCount);
    expect(chats.every((c) => c.visitor.email === fixtures.personWithDeals.email)).toBe(true);
    const times = chats.map((c) => Date.parse(c.timestamp));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(sandbox.requestLog).toHaveLength(1);
  });

  it('reads one chat by id', async () => {
    const { chat } = chatClient();
    expect((await chat.getChat(fixtures.knownChatId)).id).toBe(fixtures.knownChatId);
  });

  it('finds no chats for an unknown visitor', async () => {
    const { chat } = chatClient();
    expect(await chat.searchChatsByEmail('nobody.at.all@nowhere.example')).toMatchObject({ results: [], next: null });
  });

  it('waits for Chat Retry-After on a 429, then succeeds', async () => {
    sandbox.faults.inject({ match: { host: 'www.zopim.com', path: '/api/v2/chats/search' }, status: 429, count: 1, retryAfterSeconds: 3 });
    const { chat, sleep } = chatClient();
    const page = await chat.searchChatsByEmail(fixtures.noMatch.email);
    expect(page.results).toHaveLength(fixtures.noMatch.chatCount);
    expect(sleep.delays).toEqual([3000]);
  });
});
