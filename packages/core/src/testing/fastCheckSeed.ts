// Property tests run with one fixed seed, so a CI run is reproducible and a red run is a real regression.
// To explore new inputs, run them with another seed (`FC_SEED=42`) or a fresh one each time (`FC_SEED=random`);
// a failure prints its seed and path, which replays it.
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_121;
const env = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const requested = env.FC_SEED;

if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? DEFAULT_SEED : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${requested ?? ''}`);
  fc.configureGlobal({ seed });
}
