import { Notification } from '@zendeskgarden/react-notifications';
import { Modal } from '@zendeskgarden/react-modals';
import { AppFrame } from '../host/AppFrame';
import { useHost } from '../host/HostProvider';

/** What apps open through the host: notifications (`notify`) and modals (`instances.create`). */
export function HostOverlays() {
  const { toasts, dismissToast, modals, closeModal } = useHost();
  return (
    <>
      <div style={{ position: 'fixed', right: 16, bottom: 16, display: 'flex', flexDirection: 'column', gap: 8, zIndex: 20 }} aria-live="polite">
        {toasts.map((t) => (
          <Notification key={t.id} type={t.kind === 'error' ? 'error' : t.kind === 'alert' ? 'warning' : 'success'} onClick={() => dismissToast(t.id)}>
            <Notification.Title>{t.message}</Notification.Title>
          </Notification>
        ))}
      </div>
      {modals.map((m) => (
        <Modal key={m.guid} onClose={() => closeModal(m.guid)} isLarge aria-label="App modal">
          <Modal.Body style={{ padding: 0 }}>
            <ModalFrame guid={m.guid} parentGuid={m.parentGuid} url={m.url} height={m.size.height} />
          </Modal.Body>
          <Modal.Close aria-label="Close" />
        </Modal>
      ))}
    </>
  );
}

function ModalFrame({ guid, parentGuid, url, height }: { guid: string; parentGuid: string; url: string; height?: string }) {
  const { frameSpec } = useParentSpec(parentGuid);
  if (!frameSpec) return null;
  const spec = { ...frameSpec, guid, location: 'modal', parentGuid, app: { ...frameSpec.app, url } };
  return <AppFrame spec={spec} reloadKey={guid} title={`${frameSpec.app.name} (modal)`} initialHeight={height ?? '480px'} />;
}

function useParentSpec(parentGuid: string) {
  const { specOf } = useHost();
  return { frameSpec: specOf(parentGuid) };
}
