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
}

/**
 * One app iframe, loaded cross-origin with `origin` and `app_guid` as Zendesk does, connected to the page's
 * ZafHost. When the spec's data tree changes, the matching `<path>.changed` events fire.
 */
export function AppFrame({ spec, reloadKey, title, initialHeight = '120px' }: AppFrameProps) {
  const { register, update, host } = useHost();
  const iframe = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(initialHeight);
  const previousTree = useRef(spec.tree);
  const appOrigin = new URL(spec.app.url).origin;

  useEffect(() => {
    const unregister = register({
      spec,
      setHeight,
      post: (message) => iframe.current?.contentWindow?.postMessage(message, appOrigin),
      isSource: (source) => source !== null && source === iframe.current?.contentWindow,
    });
    return unregister;
    // Registration follows the guid and reload key; spec updates go through `update` below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec.guid, reloadKey, appOrigin]);

  useEffect(() => {
    update(spec.guid, spec);
    const changes = changedPaths(previousTree.current, spec.tree);
    previousTree.current = spec.tree;
    for (const change of changes) host.fire(`${change.propertyName}.changed`, change, spec.guid);
  }, [spec, update, host]);

  const url = new URL(spec.app.url);
  url.searchParams.set('origin', window.location.origin);
  url.searchParams.set('app_guid', spec.guid);
  const src = url.toString();
  return (
    <StyledFrame
      key={reloadKey}
      ref={iframe}
      title={title}
      src={src}
      style={{ height }}
      data-app={spec.app.id}
      data-location={spec.location}
      data-guid={spec.guid}
    />
  );
}
