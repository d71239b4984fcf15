import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { useHost, type FrameSpec } from './HostProvider';
import { changedPaths } from './paths';

const StyledFrame = styled.iframe`
  display: block;
  width: 100%;
  border: 0;
  background: transparent;
  transition: height 120ms ease-out;
`;

interface AppFrameProps {
  spec: FrameSpec;
  /** Changing it reloads the iframe (new settings, another persona), as a new page load would in Zendesk. */
  reloadKey: string;
  title: string;
  initialHeight?: string;
  /** The most the app may grow to (modals stay inside the window, as in Zendesk; the app scrolls inside). */
  maxHeight?: string;
}

/** The iframe URL with `origin` and `app_guid`, as Zendesk loads apps (docs/platform/zaf.md §The SDK and how an app boots). */
function frameSource(appUrl: string, hostOrigin: string, guid: string): string {
  const url = new URL(appUrl);
  url.searchParams.set('origin', hostOrigin);
  url.searchParams.set('app_guid', guid);
  return url.toString();
}

/**
 * One app iframe, loaded cross-origin as Zendesk does, connected to the page's ZafHost. When the spec's data tree
 * changes, the matching `<path>.changed` events fire.
 */
export function AppFrame({ spec, reloadKey, title, initialHeight = '120px', maxHeight }: AppFrameProps) {
  const runtime = useHost();
  const iframe = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(initialHeight);
  const previousTree = useRef(spec.tree);
  const latest = useRef(spec);
  const appOrigin = new URL(spec.app.url).origin;

  useEffect(() => {
    const unregister = runtime.register({
      spec: latest.current,
      setHeight,
      post: (message) => iframe.current?.contentWindow?.postMessage(message, appOrigin),
      isSource: (source) => source !== null && source === iframe.current?.contentWindow,
    });
    return unregister;
  }, [runtime, spec.guid, reloadKey, appOrigin]);

  useEffect(() => {
    latest.current = spec;
    runtime.update(spec.guid, spec);
    const changes = changedPaths(previousTree.current, spec.tree);
    previousTree.current = spec.tree;
    for (const change of changes) runtime.host.fire(`${change.propertyName}.changed`, change, spec.guid);
  }, [spec, runtime]);

  return (
    <StyledFrame
      key={reloadKey}
      ref={iframe}
      title={title}
      src={frameSource(spec.app.url, window.location.origin, spec.guid)}
      style={maxHeight ? { height, maxHeight } : { height }}
      data-app={spec.app.id}
      data-location={spec.location}
      data-guid={spec.guid}
    />
  );
}
