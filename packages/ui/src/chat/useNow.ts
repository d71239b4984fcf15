import { useEffect, useState } from 'react';

/** The current time, refreshed every minute: enough for "today" in chat times, without re-rendering every second. */
export function useNow(fixed?: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (fixed !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [fixed]);
  return fixed ?? now;
}
