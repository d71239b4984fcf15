/** Request waves: a request is in wave n+1 when it started after a request of wave n had finished. */
export interface TimedRequest {
  start: number;
  end: number;
}

export function countWaves(requests: readonly TimedRequest[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const waves: number[] = [];
  sorted.forEach((request, i) => {
    let wave = 1;
    for (let j = 0; j < i; j += 1) {
      if (sorted[j]!.end <= request.start) wave = Math.max(wave, waves[j]! + 1);
    }
    waves.push(wave);
  });
  return Math.max(0, ...waves);
}
