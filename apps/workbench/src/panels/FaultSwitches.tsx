import { useEffect, useState } from 'react';
import { Checkbox, Field } from '@zendeskgarden/react-forms';
import { workbenchApi, type FaultKind, type Service } from '../api';

const KINDS: { kind: FaultKind; label: string }[] = [
  { kind: '401', label: '401' },
  { kind: '403', label: '403' },
  { kind: '429', label: '429' },
  { kind: '5xx', label: '5xx' },
  { kind: 'slow', label: 'slow' },
  { kind: 'timeout', label: 'timeout' },
  { kind: '422-lead', label: '422 on lead create' },
  { kind: 'no-search', label: 'no Search API' },
  { kind: 'offline', label: 'offline' },
];

/** Switches that make the sandbox fail the way the real services do. */
export function FaultSwitches() {
  const [service, setService] = useState<Service>('sell');
  const [active, setActive] = useState<{ kind: FaultKind; service: Service }[]>([]);
  useEffect(() => {
    void workbenchApi.faults().then(setActive);
  }, []);
  const isOn = (kind: FaultKind) => active.some((a) => a.kind === kind && (a.service === service || kind === 'offline'));
  const toggle = (kind: FaultKind) => {
    void (isOn(kind) ? workbenchApi.removeFault(kind, service) : workbenchApi.addFault(kind, service)).then(setActive);
  };
  return (
    <fieldset style={{ display: 'flex', gap: 10, alignItems: 'center', border: 0, margin: 0, padding: 0, flexWrap: 'wrap' }}>
      <legend style={{ float: 'left', fontSize: 12, fontWeight: 600, marginRight: 6 }}>Faults</legend>
      <select aria-label="Service" value={service} onChange={(e) => setService(e.target.value as Service)} style={{ fontSize: 12 }}>
        <option value="sell">Sell</option>
        <option value="chat">Chat</option>
        <option value="support">Support</option>
      </select>
      {KINDS.map(({ kind, label }) => (
        <Field key={kind}>
          <Checkbox checked={isOn(kind)} onChange={() => toggle(kind)}>
            <Field.Label isRegular>{label}</Field.Label>
          </Checkbox>
        </Field>
      ))}
    </fieldset>
  );
}
