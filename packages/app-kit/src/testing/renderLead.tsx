/*
 * Renders LeadCreation as a location through the real AppShell against the sandbox. Never exported from
 * the package index; it takes the sandbox as an argument.
 */
import { vi, type Mock } from 'vitest';
import { parseSettings, type SellLead, type SellUser } from '@sell-bridge/core';
import { sellAppSettings } from './hostSettings';
import { renderApp, type HostSettingValue, type RenderAppResult, type SandboxTokens } from './renderApp';
import LeadCreation, { type LeadCreationOrigin, type LeadCreationProps } from '../lead/LeadCreation';

/** The sandbox pieces the helper reads: its tokens and its Sell users. */
interface LeadSandbox extends SandboxTokens {
  readonly state: { users: readonly SellUser[] };
}

export interface RenderLeadOptions {
  sandbox: LeadSandbox;
  /** Host settings merged over `sellAppSettings()`; they must parse. */
  settings?: Record<string, HostSettingValue>;
  identity?: Partial<LeadCreationProps['identity']>;
  origin?: LeadCreationOrigin;
  /** The agent's Sell user by id; null: none. */
  viewerId?: number | null;
  draftKey?: string | null;
  /** The signed-in agent's Zendesk id; default 9001. */
  agentId?: number | null;
  timeoutMs?: number;
  locale?: string;
}

export interface RenderLeadResult extends RenderAppResult {
  onCreated: Mock<(lead: SellLead, recovered: boolean) => void>;
  props: LeadCreationProps;
}

/** Defaults: the no-match visitor of the workbench ("Jordan Blake"), ticket 42, the Sell admin as the agent. */
export function renderLead(options: RenderLeadOptions, defaults: { email: string; phone: string; viewerId: number }): RenderLeadResult {
  const parsed = parseSettings(sellAppSettings(options.settings));
  if (!parsed.ok) throw new Error(`test settings do not parse: ${JSON.stringify(parsed.problems)}`);
  const users = options.sandbox.state.users;
  const viewerId = options.viewerId === undefined ? defaults.viewerId : options.viewerId;
  const onCreated = vi.fn<(lead: SellLead, recovered: boolean) => void>();
  const props: LeadCreationProps = {
    identity: { name: 'Jordan Blake', email: defaults.email, phone: defaults.phone, ...options.identity },
    origin: options.origin ?? { kind: 'ticket', ticketId: 42, url: 'https://example.zendesk.com/agent/tickets/42' },
    settings: parsed.settings,
    viewer: users.find((user) => user.id === viewerId) ?? null,
    draftKey: options.draftKey === undefined ? '1002:ticket:42' : options.draftKey,
    agentId: options.agentId === undefined ? 9001 : options.agentId,
    onCreated,
  };
  const Location = () => <LeadCreation {...props} />;
  const result = renderApp({
    sandbox: options.sandbox,
    locations: { ticket_sidebar: Location },
    currentUser: { email: 'agent@example.com', role: 'agent', locale: options.locale ?? 'en-US' },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return { ...result, onCreated, props };
}
