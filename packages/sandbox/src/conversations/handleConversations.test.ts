import { createSandbox } from '../createSandbox';
import type { Sandbox } from '../types';
import type { ServerFrame } from './agentSessions';

const GRAPHQL = 'https://chat-api.zopim.com/graphql/request';
const START = 'mutation ($access_token: String!) { startAgentSession(access_token: $access_token) { websocket_url session_id client_id } }';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = createSandbox({ seed: 3 });
});

async function startSession(token = sandbox.tokens.chat): Promise<Response> {
  return sandbox.handle(new Request(GRAPHQL, { method: 'POST', body: JSON.stringify({ query: START, variables: { access_token: token } }) }));
}

/** A started session: send frames, poll frames. */
async function connect() {
  const response = await startSession();
  const body = (await response.json()) as { data: { startAgentSession: { websocket_url: string } } };
  const url = body.data.startAgentSession.websocket_url;
  let after = 0;
  let ids = 0;
  const send = async (frame: unknown) => sandbox.handle(new Request(url, { method: 'POST', body: JSON.stringify(frame) }));
  const poll = async (waitMs = 0): Promise<ServerFrame[]> => {
    const res = await sandbox.handle(new Request(`${url}?after=${after}&wait_ms=${waitMs}`));
    if (res.status !== 200) throw new Error(`poll answered ${res.status}`);
    const { frames, next } = (await res.json()) as { frames: ServerFrame[]; next: number };
    after = next;
    return frames;
  };
  const request = async (query: string, variables: Record<string, unknown> = {}) => {
    ids += 1;
    await send({ type: 'request', id: String(ids), payload: { query, variables } });
    return (await poll()).find((f) => 'id' in f && f.id === String(ids));
  };
  return { url, send, poll, request };
}

const data = (frame: ServerFrame | undefined): Record<string, unknown> =>
  frame && 'payload' in frame && 'data' in frame.payload ? (frame.payload.data as Record<string, unknown>) : {};

it('starts an agent session with the Chat token and hands out a stream URL on the same host', async () => {
  const response = await startSession();
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { startAgentSession: { websocket_url: string; session_id: string; client_id: string } } };
  const { websocket_url, session_id, client_id } = body.data.startAgentSession;
  expect(new URL(websocket_url).origin).toBe('https://chat-api.zopim.com');
  expect(websocket_url.endsWith(`${session_id}:${client_id}`)).toBe(true);
});

it.each([
  ['a wrong token', () => startSession('nope'), 401],
  [
    'an account without live access',
    () => {
      sandbox.conversations.liveAccess = false;
      return startSession();
    },
    403,
  ],
])('refuses a session for %s', async (_name, start, status) => {
  expect((await start()).status).toBe(status);
});

it('streams a new chat to a subscribed agent: the visitor joins, then the greeting arrives', async () => {
  const stream = await connect();
  await stream.request('subscription { message { node { id } } }');
  await stream.request('subscription { chatActivity { node { id } } }');
  sandbox.conversations.start({ visitor: { display_name: 'Ana', email: 'ana@example.com' }, text: 'Hello there' });

  const frames = await stream.poll();
  const events = frames.flatMap((f) => ('sig' in f && f.sig === 'DATA' ? [f.payload.data as Record<string, { node: Record<string, unknown> }>] : []));
  expect(events.map((e) => Object.keys(e)[0])).toEqual(['chatActivity', 'message']);
  expect(events[0]?.chatActivity?.node.__typename).toBe('MemberJoinLog');
  expect(events[1]?.message?.node).toMatchObject({ content: 'Hello there', from: { __typename: 'Visitor' }, channel: { visitor: { email: 'ana@example.com' } } });
});

it('holds a poll open until something happens', async () => {
  const stream = await connect();
  await stream.request('subscription { message { node { id } } }');
  const pending = stream.poll(5_000);
  sandbox.conversations.start({ visitor: { display_name: 'Ana' }, text: 'Hi' });
  expect((await pending).length).toBe(1);
});

it('sends the agent’s reply into the chat and lists the chat among the open channels', async () => {
  const stream = await connect();
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Ana' }, text: 'Hi' });
  const sent = await stream.request('mutation ($channel_id: ID!, $msg: String!, $msg_id: String!) { sendMessage(channel_id: $channel_id, msg: $msg, msg_id: $msg_id, backoff: true) { success } }', {
    channel_id: chat.id,
    msg: 'How can I help?',
    msg_id: 'client-1',
  });
  expect(data(sent)).toEqual({ sendMessage: { success: true } });
  expect(sandbox.conversations.get(chat.id)?.messages.at(-1)).toMatchObject({ id: 'client-1', author: 'agent', text: 'How can I help?' });
  const channels = await stream.request('query { channels { edges { node { id } } } }');
  expect(JSON.stringify(data(channels))).toContain(chat.id);
});

it('refuses to send when another agent already serves the chat', async () => {
  const stream = await connect();
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Ana' }, text: 'Hi' });
  sandbox.conversations.say(chat.id, { author: 'agent', name: 'Dashboard Agent' }, 'I got this');
  const sent = await stream.request('mutation { sendMessage(channel_id: $channel_id, msg: $msg, msg_id: $msg_id, backoff: true) { success } }', { channel_id: chat.id, msg: 'Me too', msg_id: 'x' });
  expect(data(sent)).toEqual({ sendMessage: { success: false } });
  expect(sandbox.conversations.get(chat.id)?.messages).toHaveLength(2);
});

it('ends the chat when the agent leaves the channel', async () => {
  const stream = await connect();
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Ana' }, text: 'Hi' });
  await stream.request('mutation ($channel_id: ID!) { leaveChannel(channel_id: $channel_id) { success } }', { channel_id: chat.id });
  expect(sandbox.conversations.get(chat.id)?.status).toBe('ended');
});

it('ends an older session with EOS when the same agent starts another', async () => {
  const first = await connect();
  await connect();
  expect(await first.poll()).toEqual([{ sig: 'EOS', reason: 'concurrent session limit reached' }]);
  await expect(first.poll()).rejects.toThrow('404');
});

it('forgets a session its client closed', async () => {
  const stream = await connect();
  expect((await sandbox.handle(new Request(stream.url, { method: 'DELETE' }))).status).toBe(204);
  await expect(stream.poll()).rejects.toThrow('404');
});

it('answers unknown operations with a GraphQL error, not a crash', async () => {
  const stream = await connect();
  const reply = await stream.request('mutation { transferToDepartment(channel_id: "1", department_id: "2") { success } }');
  expect(reply && 'payload' in reply ? reply.payload : null).toHaveProperty('errors');
});

it('keeps a Chat REST record of each live chat for the history and the recent view', async () => {
  const chat = sandbox.conversations.start({ visitor: { display_name: 'Ana', email: 'ana@example.com' }, text: 'Hi' });
  sandbox.conversations.end(chat.id);
  const response = await sandbox.handle(new Request(`https://www.zopim.com/api/v2/chats/${chat.id}`, { headers: { Authorization: `Bearer ${sandbox.tokens.chat}` } }));
  const record = (await response.json()) as { visitor: { email: string }; history: { msg: string }[]; end_timestamp: string | null };
  expect(record.visitor.email).toBe('ana@example.com');
  expect(record.history.map((h) => h.msg)).toEqual(['Hi']);
  expect(record.end_timestamp).not.toBeNull();
});

it('drops live chats and ends sessions on reset', async () => {
  const stream = await connect();
  sandbox.conversations.start({ visitor: { display_name: 'Ana' }, text: 'Hi' });
  sandbox.reset();
  expect(sandbox.conversations.list()).toEqual([]);
  expect(await stream.poll()).toContainEqual({ sig: 'EOS', reason: 'reset' });
});
