import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value`, for handlers that must not re-subscribe on every render.
 * Read `.current` only in effects and callbacks, never while rendering.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
