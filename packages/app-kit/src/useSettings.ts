import { useMemo } from 'react';
import { parseSettings, type ParseResult } from '@sell-bridge/core';
import { useMetadata } from '@sell-bridge/zaf';

/** The installation's settings, parsed by core (typed values or the problems an admin must fix). */
export function useSettings(): ParseResult {
  const { settings } = useMetadata();
  return useMemo(() => parseSettings(settings as Record<string, unknown>), [settings]);
}
