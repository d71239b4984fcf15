import { changedPaths, resolvePath } from './paths';

describe('resolvePath', () => {
  const tree = { ticket: { requester: { email: 'ann@acme.io', phone: null } }, instances: { g1: { location: 'modal' } } };

  it.each([
    ['ticket.requester.email', 'ann@acme.io'],
    ['ticket.requester.phone', null],
    ['instances.g1', { location: 'modal' }],
  ])('finds %s', (path, value) => {
    expect(resolvePath(tree, path)).toEqual({ found: true, value });
  });

  it.each(['ticket.assignee', 'ticket.requester.email.x', 'nope'])('reports %s as not found', (path) => {
    expect(resolvePath(tree, path)).toEqual({ found: false });
  });
});

describe('changedPaths', () => {
  it('reports the changed leaf and every parent branch', () => {
    const before = { visitor: { email: 'a@x.io', phone: '1' } };
    const after = { visitor: { email: 'b@x.io', phone: '1' } };
    expect(changedPaths(before, after).map((c) => c.propertyName)).toEqual(['visitor.email', 'visitor']);
    expect(changedPaths(before, after)[0]).toEqual({ propertyName: 'visitor.email', oldValue: 'a@x.io', newValue: 'b@x.io' });
  });

  it('reports nothing when only object identity changed', () => {
    expect(changedPaths({ a: { b: [1] } }, { a: { b: [1] } })).toEqual([]);
  });
});
