/** Whether Intl knows the zone name. */
function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Sell's `UTC+hh:mm` form, which core maps to an Etc zone; only whole hours map exactly. */
const SELL_WHOLE_HOUR = /^UTC[+-]\d{1,2}:00$/i;

/**
 * The zone the agent reads times in: the host's (Support `currentUser.timeZone.ianaName`), else the agent's Sell user
 * zone when it is exact, else the browser's.
 */
export function agentTimeZone(hostZone: string | null | undefined, sellZone: string | null | undefined, browserZone: () => string): string {
  if (hostZone && isIanaZone(hostZone)) return hostZone;
  if (sellZone && (isIanaZone(sellZone) || SELL_WHOLE_HOUR.test(sellZone))) return sellZone;
  return browserZone();
}

/** The browser's zone; UTC when the runtime does not say. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
