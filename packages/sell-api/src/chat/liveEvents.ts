import type { ChatBook } from './chatBook';
import { readActivityNode, readChannels, readMessageNode, toIso } from './conversationsProtocol';
import type { ChatSummary } from './types';

/** What applying a stream event needs to know. */
export interface LiveContext {
  book: ChatBook;
  /** The connection's own agent, once known. */
  me: string | undefined;
  now: () => number;
  openInChatUrl?: ((chatId: string) => string | undefined) | undefined;
}

function newChat(ctx: LiveContext, id: string, at: string, visitor: { name?: string; email?: string }): ChatSummary {
  const url = ctx.openInChatUrl?.(id);
  return {
    id,
    visitor: { name: visitor.name ?? '', ...(visitor.email ? { email: visitor.email } : {}) },
    state: 'waiting',
    startedAt: at,
    lastActivityAt: at,
    servedByMe: false,
    agentNames: [],
    ...(url ? { openInChatUrl: url } : {}),
  };
}

const withAgent = (names: readonly string[], name: string): string[] => (name === '' || names.includes(name) ? [...names] : [...names, name]);

/**
 * A `message` event: the chat appears (waiting) on its first visitor line; an agent line means it is served. The
 * visitor's name and email are refreshed from every line, since an agent may edit them in Chat meanwhile.
 */
export function applyMessage(ctx: LiveContext, data: Record<string, unknown>): void {
  const node = readMessageNode(data);
  if (!node) return;
  const at = toIso(node.at, ctx.now());
  const known = ctx.book.get(node.channelId);
  const served = node.fromVisitor
    ? {}
    : {
        state: 'active' as const,
        agentNames: withAgent(known?.agentNames ?? [], node.fromName),
        servedByMe: (known?.servedByMe ?? false) || (ctx.me !== undefined && node.fromName === ctx.me),
      };
  ctx.book.upsert({ id: node.channelId, visitor: { ...known?.visitor, ...node.visitor, name: node.visitor.name ?? known?.visitor.name ?? '' }, lastActivityAt: at, preview: node.text, ...served }, () =>
    newChat(ctx, node.channelId, at, node.visitor),
  );
  ctx.book.addMessage({
    id: node.id,
    chatId: node.channelId,
    author: node.fromVisitor ? 'visitor' : 'agent',
    authorName: node.fromName || (node.fromVisitor ? (node.visitor.name ?? '') : ''),
    text: node.text,
    at,
  });
}

/** A `chatActivity` event: a visitor joining opens a chat, leaving ends it; agents joining serve it. */
export function applyActivity(ctx: LiveContext, data: Record<string, unknown>): void {
  const node = readActivityNode(data);
  if (!node) return;
  const at = toIso(node.at, ctx.now());
  const known = ctx.book.get(node.channelId);
  if (node.visitor) {
    if (node.joined) ctx.book.upsert({ id: node.channelId, lastActivityAt: at }, () => newChat(ctx, node.channelId, at, { name: node.name }));
    else if (known) ctx.book.upsert({ id: node.channelId, state: 'ended', lastActivityAt: at });
    return;
  }
  if (!known) return;
  const mine = ctx.me !== undefined && node.name === ctx.me;
  if (node.joined) {
    ctx.book.upsert({ id: node.channelId, state: 'active', agentNames: withAgent(known.agentNames, node.name), servedByMe: known.servedByMe || mine });
  } else if (mine) {
    // Leaving is our "end chat": the chat is over for this rep whatever the visitor does.
    ctx.book.upsert({ id: node.channelId, state: 'ended', servedByMe: false, lastActivityAt: at });
  } else {
    ctx.book.upsert({ id: node.channelId, agentNames: known.agentNames.filter((name) => name !== node.name) });
  }
}

/** The `channels` answer: the chats open when the session started (their earlier lines are not known). */
export function applyChannels(ctx: LiveContext, data: Record<string, unknown>): void {
  const at = new Date(ctx.now()).toISOString();
  for (const channel of readChannels(data)) {
    ctx.book.upsert(
      {
        id: channel.id,
        visitor: { name: channel.visitor.name ?? ctx.book.get(channel.id)?.visitor.name ?? '', ...(channel.visitor.email ? { email: channel.visitor.email } : {}) },
        state: channel.agents.length > 0 ? 'active' : 'waiting',
        agentNames: channel.agents,
        servedByMe: ctx.me !== undefined && channel.agents.includes(ctx.me),
      },
      () => newChat(ctx, channel.id, at, channel.visitor),
    );
  }
}
