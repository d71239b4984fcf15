import { accessPolicy, viewerAmong } from './accessPolicy';
import type { DataAccess } from './settings-types';
import type { SellUser } from './sell';
import { sellUser } from './testing';

const east = { id: 1, name: 'East' };
const admin = sellUser(1, { role: 'admin' });
const manager = sellUser(2);
const rep = sellUser(3, { reports_to: 2, group: east });
const peer = sellUser(4, { group: east });
const stranger = sellUser(5);
const inactive = sellUser(6, { status: 'inactive' });
const all = new Map<number, SellUser | null>([admin, manager, rep, peer, stranger, inactive].map((u) => [u.id, u]));

// Records 10–15: owned by the admin, the manager, the rep, the rep's group peer, a stranger, and nobody.
const records = [
  { id: 10, owner_id: 1 },
  { id: 11, owner_id: 2 },
  { id: 12, owner_id: 3 },
  { id: 13, owner_id: 4 },
  { id: 14, owner_id: 5 },
  { id: 15, owner_id: null },
];

describe('accessPolicy', () => {
  it.each<[string, DataAccess, SellUser | null, boolean, string | null, number[]]>([
    ['all_agents lets an agent without a Sell user see everything', 'all_agents', null, true, null, [10, 11, 12, 13, 14, 15]],
    ['all_agents ignores an inactive Sell user', 'all_agents', inactive, true, null, [10, 11, 12, 13, 14, 15]],
    ['sell_users_only: an admin sees everything', 'sell_users_only', admin, true, null, [10, 11, 12, 13, 14, 15]],
    ['sell_users_only: a manager sees own and reports’ records', 'sell_users_only', manager, true, null, [11, 12]],
    ['sell_users_only: a rep sees own and group records', 'sell_users_only', rep, true, null, [12, 13]],
    ['sell_users_only: no Sell user, nothing and a reason', 'sell_users_only', null, false, 'access.reason.no_sell_user', []],
    ['sell_users_only: inactive, nothing and a reason', 'sell_users_only', inactive, false, 'access.reason.sell_user_inactive', []],
  ])('%s', (_, dataAccess, viewer, allowed, reason, visibleIds) => {
    const policy = accessPolicy({ dataAccess }, viewer);
    expect(policy.decision).toEqual(allowed ? { allowed: true } : { allowed: false, reason: { key: reason } });
    expect(policy.visible(records, all).map((r) => r.id)).toEqual(visibleIds);
    expect(policy.missing(records, all)).toEqual([]);
  });

  it('names the owners it still needs, and hides their records until they are known', () => {
    const policy = accessPolicy({ dataAccess: 'sell_users_only' }, rep);
    const onlyViewer = new Map([[rep.id, rep]]);
    expect(policy.missing(records, onlyViewer).sort()).toEqual([1, 2, 4, 5]);
    expect(policy.visible(records, onlyViewer).map((r) => r.id)).toEqual([12]);
    // An owner Sell does not have (asked for, answered null) stays hidden and is not asked for again.
    const unknownPeer = new Map<number, SellUser | null>([...all, [4, null]]);
    expect(policy.missing(records, unknownPeer)).toEqual([]);
    expect(policy.visible(records, unknownPeer).map((r) => r.id)).toEqual([12]);
  });

  it('asks for nothing when the answer does not depend on users', () => {
    expect(accessPolicy({ dataAccess: 'all_agents' }, null).missing(records, new Map())).toEqual([]);
    expect(accessPolicy({ dataAccess: 'sell_users_only' }, null).missing(records, new Map())).toEqual([]);
    expect(accessPolicy({ dataAccess: 'sell_users_only' }, admin).missing(records, new Map())).toEqual([]);
  });
});

describe('viewerAmong', () => {
  const namesake = sellUser(7, { email: 'USER3@example.com ' });
  it.each<[string, { email: string | null; sellUserId?: number | null }, SellUser[], number | null]>([
    ['by id first', { email: 'user4@example.com', sellUserId: 3 }, [peer, rep], 3],
    ['by email when the id is not among them', { email: 'user4@example.com', sellUserId: 99 }, [rep, peer], 4],
    ['by email, ignoring case and spaces', { email: ' User3@Example.com' }, [stranger, namesake], 7],
    ['nobody for a loose email hit', { email: 'user3@example.co' }, [rep], null],
    ['nobody without id or email', { email: null }, [rep], null],
  ])('%s', (_, agent, candidates, expected) => {
    expect(viewerAmong(agent, candidates)?.id ?? null).toBe(expected);
  });
});
