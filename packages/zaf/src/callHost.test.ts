import { invokeHost, readPath, readPaths, writePath } from './callHost';
import { createFakeClient } from './testing';
import { ZafError } from './zafError';

describe('readPath', () => {
  it('resolves the value of the path', async () => {
    const fake = createFakeClient({ paths: { 'ticket.id': 42 } });
    await expect(readPath<number>(fake, 'ticket.id')).resolves.toEqual({ ok: true, value: 42 });
  });

  it('resolves a failure instead of rejecting when the host reports an error for the path', async () => {
    const fake = createFakeClient({ failures: { 'ticket.id': { message: 'denied', name: 'AccessDenied' } } });
    const result = await readPath(fake, 'ticket.id');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(ZafError);
      expect(result.error).toMatchObject({ path: 'ticket.id', hostName: 'AccessDenied' });
    }
  });

  it('turns the SDK timeout object into a timed-out error', async () => {
    const fake = createFakeClient();
    vi.spyOn(fake, 'get').mockRejectedValue({ name: 'TimeoutError', message: 'Timeout when invoking "get"' });
    const result = await readPath(fake, 'ticket.id');
    expect(result.ok || result.error.timedOut).toBe(true);
  });

  it('turns a synchronous SDK throw into a failure', async () => {
    const fake = createFakeClient();
    vi.spyOn(fake, 'get').mockImplementation(() => {
      throw new Error('The get method accepts a string or array of strings.');
    });
    await expect(readPath(fake, 'x')).resolves.toMatchObject({ ok: false });
  });
});

describe('readPaths', () => {
  it('gives each path its own result in one message', async () => {
    const fake = createFakeClient({ paths: { 'visitor.email': 'a@example.com' } });
    const results = await readPaths(fake, ['visitor.email', 'visitor.unknown']);
    expect(results['visitor.email']).toEqual({ ok: true, value: 'a@example.com' });
    expect(results['visitor.unknown'].ok).toBe(false);
    expect(fake.calls.get).toEqual([['visitor.email', 'visitor.unknown']]);
  });

  it('fails every path when the whole message fails', async () => {
    const fake = createFakeClient();
    vi.spyOn(fake, 'get').mockRejectedValue({ name: 'TimeoutError', message: 'Timeout' });
    const results = await readPaths(fake, ['a', 'b']);
    expect([results.a.ok, results.b.ok]).toEqual([false, false]);
  });

  it('sends nothing for no paths', async () => {
    const fake = createFakeClient();
    await expect(readPaths(fake, [])).resolves.toEqual({});
    expect(fake.calls.get).toEqual([]);
  });
});

describe('writePath and invokeHost', () => {
  it('writes a path and reports success', async () => {
    const fake = createFakeClient();
    await expect(writePath(fake, 'comment.text', 'Hello')).resolves.toEqual({ ok: true, value: undefined });
    expect(fake.peek('comment.text')).toBe('Hello');
  });

  it('reports a failed write', async () => {
    const fake = createFakeClient({ failures: { 'ticket.subject': 'read only' } });
    await expect(writePath(fake, 'ticket.subject', 'x')).resolves.toMatchObject({ ok: false });
  });

  it('passes object arguments in the string form and returns the reply for the action', async () => {
    const fake = createFakeClient();
    fake.onInvoke('formatDate', () => '1 Jan 2026');
    await expect(invokeHost(fake, 'formatDate', '2026-01-01', 'account')).resolves.toEqual({ ok: true, value: '1 Jan 2026' });
    await invokeHost(fake, 'resize', { height: '120px' });
    expect(fake.calls.invoke.at(-1)).toEqual({ name: 'resize', args: [{ height: '120px' }] });
  });

  it('reports an action the host refused', async () => {
    const fake = createFakeClient();
    fake.onInvoke('popover', () => {
      throw new Error('not in this location');
    });
    await expect(invokeHost(fake, 'popover', 'hide')).resolves.toMatchObject({ ok: false, error: { path: 'popover' } });
  });
});
