// @vitest-environment node
// The whole path a visitor's text takes to Sell or Chat: the real clients, the real ZAF transport, and this proxy,
// which fills placeholders as permissively as Zendesk's. Whatever the text, no secret may reach the upstream request
// except the Authorization header (and startAgentSession's token), and the API must receive exactly what was typed.
import { createSellClient, sessionBody, defaultSocketFactory } from '@sell-bridge/sell-api';
import { createZafTransport, type ZafRequestOptions } from '@sell-bridge/zaf/transport';
import fc from 'fast-check';
import { app as chatInSell } from '@sell-bridge/chat-in-sell/app';
import { proxiedParameters } from './apps';
import { proxyRequest, type ProxyContext } from './proxy';

const SECRETS = { sell_api_token: 'SELL-SECRET', chat_access_token: 'CHAT-SECRET' };
const CONTEXT: ProxyContext = {
  secrets: SECRETS,
  secureParameters: proxiedParameters(chatInSell),
  domainWhitelist: chatInSell.domainWhitelist,
  role: 'agent',
  accountHost: 'workbench.zendesk.com',
};

/** Text a visitor or a record could hold: arbitrary strings with placeholders of every app setting mixed in. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '{{setting.chat_access_token}}',
        '{{ setting.sell_api_token }}',
        '{{setting.chat_access_token',
        '{',
        '{{',
        '}}',
        '\\u007b',
        '{"a":{{',
      ),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

interface Upstream {
  url: string;
  authorization: string | null;
  otherHeaders: string;
  body: string;
}

/** A ZAF `client.request` that goes through the workbench proxy to a recording upstream answering 200. */
function throughProxy() {
  const sent: Upstream[] = [];
  const request = async (options: ZafRequestOptions): Promise<unknown> => {
    const result = await proxyRequest({ ...options }, CONTEXT, async (req) => {
      // The chat stream's long poll: "session gone", so the socket's loop ends instead of polling forever.
      if (req.method === 'GET' && req.url.includes('/stream/')) return new Response('', { status: 404 });
      const headers = [...req.headers.entries()].filter(([name]) => name !== 'authorization');
      sent.push({ url: decodeURIComponent(req.url), authorization: req.headers.get('authorization'), otherHeaders: JSON.stringify(headers), body: await req.text() });
      const answer = req.method === 'GET' ? { items: [], meta: { count: 0, links: {} } } : { data: { id: 1 }, meta: { type: 'lead' } };
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    if ('networkError' in result) throw new Error(result.networkError);
    return { status: result.status, responseText: result.text, responseJSON: JSON.parse(result.text) as unknown, headers: result.headers };
  };
  return { sent, transport: createZafTransport(request) };
}

function leaks(upstream: Upstream, allowedInBody: string[] = []): boolean {
  const body = allowedInBody.reduce((text, secret) => text.split(secret).join(''), upstream.body);
  return Object.values(SECRETS).some((secret) => upstream.url.includes(secret) || upstream.otherHeaders.includes(secret) || body.includes(secret));
}

const noRetry = { retry: { maxAttempts: 1 }, sleep: () => Promise.resolve() };

it('never lets lead fields, notes or lookups carry a secret, and Sell stores what was typed', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, hostile, hostile, async (name, email, text) => {
      const { sent, transport } = throughProxy();
      const sell = createSellClient({ transport, tokenSetting: 'sell_api_token', ...noRetry });
      await sell.createLead({ last_name: name, email, description: text });
      await sell.createNote({ resource_type: 'lead', resource_id: 1, content: text });
      await sell.findLeadsByEmail(email);

      expect(sent).toHaveLength(3);
      for (const upstream of sent) {
        expect(leaks(upstream)).toBe(false);
        expect(upstream.authorization).toBe(`Bearer ${SECRETS.sell_api_token}`);
      }
      expect(JSON.parse(sent[0]?.body ?? '')).toEqual({ data: { last_name: name, email, description: text } });
      expect(JSON.parse(sent[1]?.body ?? '')).toMatchObject({ data: { content: text } });
    }),
    { numRuns: 200 },
  );
});

it('never lets a chat line carry a secret; startAgentSession gets the token and nothing else filled', async () => {
  await fc.assert(
    fc.asyncProperty(hostile, async (line) => {
      const { sent, transport } = throughProxy();
      await transport.send({
        method: 'POST',
        url: 'https://chat-api.zopim.com/graphql/request',
        headers: { 'Content-Type': 'application/json' },
        body: sessionBody('chat_access_token'),
        bodySecret: 'chat_access_token',
      });
      const socket = defaultSocketFactory(transport, { waitMs: 1 })('https://chat-api.zopim.com/stream/s1', {
        onOpen: () => undefined,
        onMessage: () => undefined,
        onClose: () => undefined,
      });
      socket.send(JSON.stringify({ payload: { message: line } }));
      await vi.waitFor(() => expect(sent.some((s) => s.body.includes('payload'))).toBe(true), { interval: 1 });
      socket.close();

      const [start] = sent;
      expect(JSON.parse(start?.body ?? '')).toMatchObject({ variables: { access_token: SECRETS.chat_access_token } });
      expect(leaks(start!, [`"access_token":"${SECRETS.chat_access_token}"`])).toBe(false);
      const frame = sent.find((s) => s.body.includes('payload'))!;
      expect(leaks(frame)).toBe(false);
      expect(JSON.parse(frame.body)).toEqual({ payload: { message: line } });
    }),
    { numRuns: 100 },
  );
});
