/**
 * The Chat visitor simulator's server side (`/__wb/chat/*`). The simulated chats live in the sandbox
 * (`sandbox.conversations`), so the Chat surface (a visitor and a Chat agent, over these routes and an event stream)
 * and Chat-in-Sell's top bar (an API agent, over the sandbox's Conversations API through the dev proxy) see the
 * same chats.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LiveChat, Sandbox } from '@sell-bridge/sandbox';

/** A visitor the Chat surface can start a chat as (surfaceData's `visitors`). */
interface VisitorSeedInput {
  id: string;
  display_name: string;
  email: string;
  phone: string;
  greeting: string;
}

/** What the Chat surface reads: every chat, and whether the account has live (Conversations API) access. */
export interface ChatSnapshot {
  chats: LiveChat[];
  liveAccess: boolean;
  apiAgentName: string;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const value = text ? (JSON.parse(text) as unknown) : {};
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Builds the simulator over the sandbox; `persist` saves the sandbox state (live chats keep a REST record). */
export function createChatSimulator(sandbox: Sandbox, persist: () => void) {
  const { conversations } = sandbox;
  const streams = new Set<ServerResponse>();
  const snapshot = (): ChatSnapshot => ({ chats: conversations.list(), liveAccess: conversations.liveAccess, apiAgentName: conversations.apiAgentName });
  const broadcast = (): void => {
    const frame = `event: chats\ndata: ${JSON.stringify(snapshot())}\n\n`;
    for (const res of streams) res.write(frame);
  };
  conversations.subscribe(() => {
    broadcast();
    persist();
  });

  function openStream(req: IncomingMessage, res: ServerResponse): true {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 1000\nevent: chats\ndata: ${JSON.stringify(snapshot())}\n\n`);
    streams.add(res);
    // A comment line now and then keeps proxies and the browser from timing the stream out.
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
    return true;
  }

  function startChat(body: Record<string, unknown>): LiveChat {
    const visitor = (typeof body.visitor === 'object' && body.visitor !== null ? body.visitor : {}) as Record<string, unknown>;
    return conversations.start({
      visitor: { display_name: text(visitor.display_name), email: text(visitor.email), phone: text(visitor.phone) },
      text: text(body.text),
      ...(text(body.idPrefix) ? { idPrefix: text(body.idPrefix) } : {}),
    });
  }

  /** Handles `/__wb/chat/*`; resolves false for other paths. */
  return async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    if (!url.pathname.startsWith('/__wb/chat/')) return false;
    const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
    if (route === 'GET /__wb/chat/chats') return send(res, 200, snapshot());
    if (route === 'GET /__wb/chat/events') return openStream(req, res);
    if (route === 'POST /__wb/chat/chats') return send(res, 201, startChat(await readJson(req)));
    if (route === 'POST /__wb/chat/seed') {
      // Each page load makes sure every opening visitor has a chat going on: the first one under the visitor's id,
      // kept while it goes on; once it ended it stays in the history and the visitor comes back in a new chat.
      const { visitors } = await readJson(req);
      const all = conversations.list();
      for (const seed of Array.isArray(visitors) ? (visitors as VisitorSeedInput[]) : []) {
        const visitor = { display_name: seed.display_name, email: seed.email, phone: seed.phone };
        const theirs = all.filter((chat) => chat.id === seed.id || chat.id.startsWith(`${seed.id}-`));
        if (theirs.some((chat) => chat.status !== 'ended')) continue;
        conversations.start({ ...(theirs.length === 0 ? { id: seed.id } : { idPrefix: seed.id }), visitor, text: seed.greeting });
      }
      return send(res, 200, snapshot());
    }
    if (route === 'PUT /__wb/chat/live-access') {
      conversations.liveAccess = (await readJson(req)).enabled !== false;
      broadcast();
      return send(res, 200, snapshot());
    }
    const one = /^(POST|PATCH) \/__wb\/chat\/chats\/([^/]+)\/(messages|visitor|end)$/.exec(route);
    const chat = one ? conversations.get(decodeURIComponent(one[2]!)) : undefined;
    if (!one || !chat) return send(res, 404, { error: `no route ${route}` });
    const body = await readJson(req);
    if (one[3] === 'visitor' && one[1] === 'PATCH') {
      const patch = Object.fromEntries(['display_name', 'email', 'phone'].filter((k) => typeof body[k] === 'string').map((k) => [k, text(body[k])]));
      return send(res, 200, conversations.updateVisitor(chat.id, patch));
    }
    if (one[1] !== 'POST') return send(res, 404, { error: `no route ${route}` });
    if (one[3] === 'end') return send(res, 200, conversations.end(chat.id));
    if (chat.status === 'ended') return send(res, 409, { error: 'the chat has ended' });
    const said = text(body.text).trim();
    if (!said) return send(res, 400, { error: 'text is required' });
    const speaker = body.from === 'agent' ? { author: 'agent' as const, name: text(body.name) || 'Agent' } : { author: 'visitor' as const };
    return send(res, 201, conversations.say(chat.id, speaker, said));
  };
}
