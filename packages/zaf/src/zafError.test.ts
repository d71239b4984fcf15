import { ZafError, toZafError } from './zafError';

describe('toZafError', () => {
  it.each([
    ['an SDK single-path Error', Object.assign(new Error('"ticket.x" not found'), { name: 'NotFound' }), '"ticket.x" not found', 'NotFound', false],
    ['a plain Error', new Error('boom'), 'boom', undefined, false],
    ['an errors-map payload', { message: 'nope', name: 'InvalidPath' }, 'nope', 'InvalidPath', false],
    ['the npm SDK timeout object', { name: 'TimeoutError', message: 'Timeout when invoking "get"' }, 'Timeout when invoking "get"', 'TimeoutError', true],
    ['a string reason', 'hook refused', 'hook refused', undefined, false],
  ])('normalises %s', (_label, reason, message, hostName, timedOut) => {
    const error = toZafError(reason, 'ticket.x');
    expect(error).toBeInstanceOf(ZafError);
    expect(error.message).toBe(message);
    expect(error.hostName).toBe(hostName);
    expect(error.timedOut).toBe(timedOut);
    expect(error.path).toBe('ticket.x');
  });

  it('gives a generic message when the reason carries none', () => {
    const error = toZafError(undefined, 'visitor');
    expect(error.message).not.toBe('');
    expect(error.path).toBe('visitor');
  });

  it('keeps the path the host reported over the one asked for', () => {
    expect(toZafError({ message: 'bad', path: 'ticket.requester' }, 'ticket').path).toBe('ticket.requester');
  });

  it('returns a ZafError unchanged', () => {
    const error = new ZafError('x', { path: 'a' });
    expect(toZafError(error, 'b')).toBe(error);
  });
});
