import { useEffect, type RefObject } from 'react';
import { invokeHost } from './callHost';
import { useClient } from './useClient';

/** Options of `useAutoResize`. */
export interface AutoResizeOptions {
  /** Quiet time before telling the host, so a burst of layout changes sends one resize. Default 50 ms. */
  debounceMs?: number;
}

/** Border-box height of an observed element, in whole pixels (rounded up so nothing is clipped). */
export function measuredHeight(entry: ResizeObserverEntry): number {
  // borderBoxSize includes padding and borders; contentRect (older engines) does not.
  const box = entry.borderBoxSize?.[0];
  return Math.ceil(box ? box.blockSize : entry.contentRect.height);
}

/**
 * Keeps the app iframe as tall as `target` (a ref or an element): ResizeObserver → `invoke('resize', {height})`,
 * debounced, and only when the height changed. Never sets a fixed height. Heights of 0 (hidden or detached content)
 * are not sent. Observe a wrapper without vertical margins and without `height: 100%`, or it measures the iframe.
 * Does nothing where ResizeObserver does not exist (jsdom).
 */
export function useAutoResize(target: RefObject<Element | null> | Element | null, options: AutoResizeOptions = {}): void {
  const client = useClient();
  const debounceMs = options.debounceMs ?? 50;

  useEffect(() => {
    const element = target && 'current' in target ? target.current : target;
    if (!element || typeof ResizeObserver === 'undefined') return;

    let timer: ReturnType<typeof setTimeout> | undefined;
    let measured = 0;
    let sent = 0;
    const send = () => {
      timer = undefined;
      if (measured === 0 || measured === sent) return;
      sent = measured;
      // A failed resize leaves the old size; nothing useful to show the agent, so the result is dropped.
      void invokeHost(client, 'resize', { height: `${measured}px` });
    };
    const observer = new ResizeObserver((entries) => {
      const last = entries[entries.length - 1];
      if (!last) return;
      measured = measuredHeight(last);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(send, debounceMs);
    });
    observer.observe(element);

    return () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [client, target, debounceMs]);
}
