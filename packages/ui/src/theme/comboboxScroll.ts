/**
 * Garden's Combobox scrolls its input into view whenever its selection changes, including right after it mounts
 * (its options register a render later). In an app iframe that moves the agent's page: the admin view opened
 * scrolled to its last combobox, and a sidebar could shift Zendesk's page. Keyboard users still need the scroll while
 * they choose, so it is kept for a combobox that has focus (or holds it inside its field) and dropped otherwise.
 * Returns a function that restores the browser's own method.
 */
export function keepComboboxesFromScrolling(doc: Document = document): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  const proto = view.HTMLInputElement.prototype;
  // Kept as a property descriptor and called with the element as `this`, never detached.
  const original = Object.getOwnPropertyDescriptor(view.Element.prototype, 'scrollIntoView')?.value as Element['scrollIntoView'] | undefined;
  const own = Object.getOwnPropertyDescriptor(proto, 'scrollIntoView');
  proto.scrollIntoView = function scrollIntoView(this: HTMLInputElement, ...args: Parameters<Element['scrollIntoView']>) {
    const active = doc.activeElement;
    const unfocusedCombobox = this.getAttribute('role') === 'combobox' && active !== this && !(active !== null && this.parentElement?.contains(active));
    if (unfocusedCombobox) return;
    const fallback = own?.value as Element['scrollIntoView'] | undefined;
    (fallback ?? original)?.apply(this, args);
  };
  return () => {
    if (own) Object.defineProperty(proto, 'scrollIntoView', own);
    else delete (proto as { scrollIntoView?: unknown }).scrollIntoView;
  };
}
