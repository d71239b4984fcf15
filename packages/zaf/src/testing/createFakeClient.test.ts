import { createFakeClient, fakeChatContext, fakeSellContext } from './index';
import type { ZafChangeEvent } from '../types';

describe('createFakeClient', () => {
  it('answers a single-path get with the stored value', async () => {
    const fake = createFakeClient({ paths: { 'ticket.requester': { email: 'ana@example.com' } } });
    await expect(fake.get('ticket.requester.email')).resolves.toMatchObject({
      'ticket.requester.email': 'ana@example.com',
    });
    expect(fake.calls.get).toEqual([['ticket.requester.email']]);
  });

  it('rejects a single-path get of a failed path with a named Error, like the SDK', async () => {
    const fake = createFakeClient({ failures: { 'ticket.id': { message: 'denied', name: 'AccessDenied' } } });
    const error: unknown = await fake.get('ticket.id').catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'AccessDenied', message: 'denied' });
  });

  it('resolves a bulk get with per-path errors instead of rejecting', async () => {
    const fake = createFakeClient({ paths: { 'ticket.id': 7 } });
    const reply = await fake.get(['ticket.id', 'ticket.unknown']);
    expect(reply['ticket.id']).toBe(7);
    expect(reply.errors?.['ticket.unknown']).toBeDefined();
  });

  it('fires <path>.changed and *.changed with old and new values on setPath', () => {
    const fake = createFakeClient({ paths: { 'visitor.email': 'a@example.com' } });
    const specific = vi.fn();
    const any = vi.fn();
    fake.on('visitor.email.changed', specific);
    fake.on('*.changed', any);
    fake.setPath('visitor.email', 'b@example.com');
    const change: ZafChangeEvent = { propertyName: 'visitor.email', oldValue: 'a@example.com', newValue: 'b@example.com' };
    expect(specific).toHaveBeenCalledWith(change);
    expect(any).toHaveBeenCalledWith(change);
    expect(fake.peek('visitor')).toEqual({ email: 'b@example.com' });
  });

  it('hands out copies, so the app cannot mutate the host state', async () => {
    const fake = createFakeClient({ paths: { visitor: { email: 'a@example.com' } } });
    const reply = await fake.get<{ visitor: { email: string } }>('visitor');
    reply.visitor.email = 'changed@example.com';
    expect(fake.peek('visitor.email')).toBe('a@example.com');
  });

  it('stops calling a handler after off', () => {
    const fake = createFakeClient();
    const handler = vi.fn();
    fake.on('app.activated', handler);
    fake.off('app.activated', handler);
    fake.emit('app.activated', {});
    expect(handler).not.toHaveBeenCalled();
    expect(fake.listenerCount('app.activated')).toBe(0);
  });

  it('holds calls until register() when created unregistered, then fires app.registered', async () => {
    const fake = createFakeClient({ registered: false, context: fakeChatContext(), paths: { 'chat.id': 'c1' } });
    const onRegistered = vi.fn();
    fake.on('app.registered', onRegistered);
    let answered = false;
    const pending = fake.get('chat.id').then(() => {
      answered = true;
    });
    await Promise.resolve();
    expect(answered).toBe(false);
    expect(fake.isRegistered).toBe(false);

    fake.register();
    await pending;
    expect(answered).toBe(true);
    expect(onRegistered).toHaveBeenCalledWith(expect.objectContaining({ context: fakeChatContext() }));
  });

  it('routes request() to the onRequest handler and records it', async () => {
    const fake = createFakeClient();
    fake.onRequest((options) => Promise.resolve({ url: options.url, ok: true }));
    await expect(fake.request({ url: 'https://api.getbase.com/v2/users/self', secure: true })).resolves.toEqual({
      url: 'https://api.getbase.com/v2/users/self',
      ok: true,
    });
    expect(fake.calls.request).toEqual([{ url: 'https://api.getbase.com/v2/users/self', secure: true }]);
  });

  it('fails a request with a jqXHR-like value when no handler is set', async () => {
    const fake = createFakeClient();
    await expect(fake.request({ url: '/api/v2/users/me.json' })).rejects.toMatchObject({ status: 0, readyState: 4 });
  });

  it('records invoke arguments and answers with the onInvoke handler', async () => {
    const fake = createFakeClient();
    fake.onInvoke('formatCurrency', (amount) => `$${String(amount)}`);
    const reply = await fake.invoke('formatCurrency', 12);
    expect(reply.formatCurrency).toBe('$12');
    expect(fake.calls.invoke).toEqual([{ name: 'formatCurrency', args: [12] }]);
  });

  it('creates an instance on instances.create and announces it', async () => {
    const fake = createFakeClient({ context: fakeSellContext() });
    const created = vi.fn();
    fake.on('instance.created', created);
    const reply = await fake.invoke('instances.create', { location: 'modal', url: 'assets/iframe.html' });
    const [first] = reply['instances.create'] as Array<{ instanceGuid: string }>;
    expect(first?.instanceGuid).toBeTruthy();
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ location: 'modal', product: 'sell' }));
    await expect(fake.instance(first!.instanceGuid).context()).resolves.toMatchObject({ location: 'modal' });
  });

  it('emits context.updated when the context is replaced after registration', async () => {
    const fake = createFakeClient();
    const updated = vi.fn();
    fake.on('context.updated', updated);
    fake.setContext(fakeSellContext());
    expect(updated).toHaveBeenCalledWith(fakeSellContext());
    await expect(fake.context()).resolves.toMatchObject({ product: 'sell' });
  });

  it('delivers held get replies in the order the test releases them', async () => {
    const fake = createFakeClient({ paths: { n: 1 } });
    const hold = fake.holdGets();
    const first = fake.get('n');
    await vi.waitFor(() => expect(hold.waiting).toBe(1));
    fake.setPath('n', 2);
    const second = fake.get('n');
    await vi.waitFor(() => expect(hold.waiting).toBe(2));
    hold.release(1);
    await expect(second).resolves.toMatchObject({ n: 2 });
    hold.stop();
    await expect(first).resolves.toMatchObject({ n: 1 });
  });

  it('applies failures to set keys and invoke names too, and clears them', async () => {
    const fake = createFakeClient();
    fake.failPath('comment.text', 'read only');
    await expect(fake.set('comment.text', 'hi')).rejects.toThrow('read only');
    fake.clearFailure('comment.text');
    await fake.set('comment.text', 'hi');
    expect(fake.peek('comment.text')).toBe('hi');

    fake.failPath('notify');
    const reply = await fake.invoke({ notify: ['hello'] });
    expect(reply.errors?.notify).toBeDefined();
  });

  it('serves metadata with merged overrides', async () => {
    const fake = createFakeClient({ metadata: { settings: { data_access: 'all_agents' } } });
    fake.setMetadata({ version: '2.1.0' });
    await expect(fake.metadata()).resolves.toMatchObject({ version: '2.1.0', settings: { data_access: 'all_agents' } });
  });
});
