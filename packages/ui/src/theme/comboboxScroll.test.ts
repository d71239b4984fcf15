import { keepComboboxesFromScrolling } from './comboboxScroll';

let restore: () => void = () => undefined;
const scrolled = vi.fn();

beforeEach(() => {
  // jsdom has no layout, so no scrollIntoView: give it one that records calls, then install the guard over it.
  HTMLInputElement.prototype.scrollIntoView = function record(this: HTMLInputElement) {
    scrolled(this.id);
  };
  restore = keepComboboxesFromScrolling();
  document.body.innerHTML = '<div><input id="combo" role="combobox"><button id="inside"></button></div><input id="plain"><button id="elsewhere"></button>';
  scrolled.mockClear();
});

afterEach(() => {
  restore();
  document.body.innerHTML = '';
});

const input = (id: string) => document.getElementById(id) as HTMLInputElement;

it.each([
  ['nothing has focus', null, false],
  ['focus is elsewhere on the page', 'elsewhere', false],
  ['the combobox has focus', 'combo', true],
  ['focus is inside the combobox field', 'inside', true],
])('scrolls an unfocused combobox into view only when %s allows it', (_, focused, expected) => {
  if (focused) document.getElementById(focused)!.focus();
  input('combo').scrollIntoView();
  expect(scrolled).toHaveBeenCalledTimes(expected ? 1 : 0);
});

it('leaves every other input alone, and restores the browser method', () => {
  input('plain').scrollIntoView();
  expect(scrolled).toHaveBeenCalledWith('plain');
  restore();
  input('combo').scrollIntoView();
  expect(scrolled).toHaveBeenCalledWith('combo');
});
