import { changeEventsFor, isRelatedChange } from './changeEventsFor';

describe('changeEventsFor', () => {
  it.each([
    ['ticket.id', ['ticket.id.changed', 'ticket.changed']],
    ['currentUser.locale', ['currentUser.locale.changed', 'currentUser.changed']],
    [
      'visitor',
      ['visitor.changed', 'visitor.display_name.changed', 'visitor.email.changed', 'visitor.phone.changed', 'visitor.notes.changed'],
    ],
    ['visitor.email', ['visitor.email.changed', 'visitor.changed']],
    ['ticket.requester', ['ticket.requester.changed', 'ticket.changed', 'ticket.requester.id.changed']],
    ['ticket', ['ticket.changed', 'ticket.requester.id.changed']],
    ['colorScheme', ['colorScheme.changed']],
  ])('subscribes %s to its own, ancestor and documented child events', (path, events) => {
    expect(changeEventsFor(path)).toEqual(events);
  });
});

describe('isRelatedChange', () => {
  it.each([
    ['visitor', 'visitor', true],
    ['visitor', 'visitor.email', true],
    ['visitor.email', 'visitor', true],
    ['ticket.requester.email', 'ticket', true],
    ['ticket.requester', 'ticket.requesterName', false],
    ['ticket.requester', 'ticket.subject', false],
    ['visitor', 'visitors', false],
  ])('reading %s and a change of %s → %s', (path, property, related) => {
    expect(isRelatedChange(path, property)).toBe(related);
  });
});
