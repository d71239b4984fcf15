import { browserPollPeers } from './sharedPoll';

it.each([
  ['a browser with Web Locks and BroadcastChannel', { navigator: { locks: { request: () => Promise.resolve() } }, BroadcastChannel: class {} }, true],
  ['a browser without Web Locks', { navigator: {}, BroadcastChannel: class {} }, false],
  ['a browser without BroadcastChannel', { navigator: { locks: { request: () => Promise.resolve() } } }, false],
  ['no navigator at all', {}, false],
])('shares the poll in %s', (_, scope, shared) => {
  expect(browserPollPeers(scope as unknown as typeof globalThis) !== null).toBe(shared);
});

it('asks the browser for an exclusive lock that an abort can take out of the queue', async () => {
  const calls: unknown[] = [];
  const scope = { navigator: { locks: { request: (...args: unknown[]) => (calls.push(args), Promise.resolve()) } }, BroadcastChannel: class {} };
  const peers = browserPollPeers(scope as unknown as typeof globalThis)!;
  const signal = new AbortController().signal;
  const held = () => Promise.resolve();
  await peers.lock('poll:1', held, signal);
  expect(calls).toEqual([['poll:1', { mode: 'exclusive', signal }, held]]);
});
