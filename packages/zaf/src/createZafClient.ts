// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- apps typecheck this file from source; the ambient SDK types must come with it
/// <reference path="./sdk-types.d.ts" />
import ZAFClientFactory from 'zendesk_app_framework_sdk';
import { isTrustedHostOrigin } from './hostOrigin';
import type { ZafClient } from './types';

/**
 * Starts the real SDK: the only place in the repo that reads it. Returns null outside Zendesk (no `origin` and
 * `app_guid` in the URL) and when the framing page is not a Zendesk host (`isTrustedHostOrigin`): then the app
 * never talks to it. The client posts its handshake at once; create it once per page, at the entry point.
 */
export function createZafClient(): ZafClient | null {
  const origin = new URLSearchParams(window.location.search).get('origin');
  if (!isTrustedHostOrigin(origin)) return null;
  const client = ZAFClientFactory.init();
  // The SDK has no types; `ZafClient` is written from the SDK's own client module and docs/platform/zaf.md.
  return client === false ? null : (client as ZafClient);
}
