import { useEffect, useRef } from 'react';
import { Notification } from '@zendeskgarden/react-notifications';
import { Modal } from '@zendeskgarden/react-modals';
import { workbenchApi } from '../api';
import { AppFrame } from '../host/AppFrame';
import { useHost, useOverlays, type ModalSpec } from '../host/HostProvider';
import type { HostRuntime } from '../host/HostRuntime';

/**
 * An app's admin modal may have saved its installation (through the installation API, into the sandbox): when a
 * modal closes, the host re-reads the installations so apps opened from now on get the new settings, as Zendesk
 * hands each newly loaded app the saved settings. Frames already open keep theirs until they reload.
 */
function useInstallationsRefresh(runtime: HostRuntime, modalCount: number): void {
  const previous = useRef(modalCount);
  useEffect(() => {
    const closed = modalCount < previous.current;
    previous.current = modalCount;
    if (!closed) return;
    void workbenchApi
      .config()
      .then(({ installations }) => runtime.setInputs({ ...runtime.inputs, installations }))
      .catch(() => undefined);
  }, [runtime, modalCount]);
}

/** What apps open through the host: notifications (`notify`) and modals (`instances.create`). */
export function HostOverlays() {
  const runtime = useHost();
  const { toasts, modals } = useOverlays();
  useInstallationsRefresh(runtime, modals.length);
  return (
    <>
      <div style={{ position: 'fixed', right: 16, bottom: 16, display: 'flex', flexDirection: 'column', gap: 8, zIndex: 20 }} aria-live="polite">
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            type={toast.kind === 'error' ? 'error' : toast.kind === 'alert' ? 'warning' : 'success'}
            onClick={() => runtime.dismissToast(toast.id)}
          >
            <Notification.Title>{toast.message}</Notification.Title>
          </Notification>
        ))}
      </div>
      {modals.map((modal) => (
        <Modal key={modal.guid} onClose={() => runtime.closeModal(modal.guid)} isLarge aria-label="App modal">
          <Modal.Body style={{ padding: 0 }}>
            <ModalFrame modal={modal} />
          </Modal.Body>
          <Modal.Close aria-label="Close" />
        </Modal>
      ))}
    </>
  );
}

function ModalFrame({ modal }: { modal: ModalSpec }) {
  const runtime = useHost();
  const [parent] = [runtime.frames.get(modal.parentGuid)?.spec];
  if (!parent) return null;
  const spec = { ...parent, guid: modal.guid, location: 'modal', parentGuid: modal.parentGuid, app: { ...parent.app, url: modal.url } };
  return <AppFrame spec={spec} reloadKey={modal.guid} title={`${parent.app.name} (modal)`} initialHeight={modal.size.height ?? '480px'} maxHeight="calc(100vh - 160px)" />;
}
