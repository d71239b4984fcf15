/**
 * Owner-picker filtering per keystroke over a large account: the scale sandbox's 10,000 users, indexed once, then the
 * query typed one character at a time. Measures the filter the picker runs on each keystroke (render is capped at
 * 50 options by the picker itself).
 */
import { createSandbox } from '@sell-bridge/sandbox';
import type { OwnerOption } from '@sell-bridge/core';
import { filterOwners, indexOwners } from '@sell-bridge/ui/filterOwners';

export function measureKeystrokes(query = 'sofia nunez', repeats = 20): { users: number; perKeystrokeMs: { median: number; p95: number } } {
  const sandbox = createSandbox({ preset: 'scale' });
  const options: OwnerOption[] = sandbox.state.users.map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.sell_login_disabled ? 'distribution' : 'user',
    configured: false,
  }));
  const indexed = indexOwners(options);
  const samples: number[] = [];
  for (let r = 0; r < repeats; r += 1) {
    for (let i = 1; i <= query.length; i += 1) {
      const start = performance.now();
      filterOwners(indexed, query.slice(0, i));
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => +samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
  return { users: options.length, perKeystrokeMs: { median: at(0.5), p95: at(0.95) } };
}
