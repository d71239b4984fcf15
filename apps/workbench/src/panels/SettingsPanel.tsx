import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Input, Textarea } from '@zendeskgarden/react-forms';
import { Drawer } from '@zendeskgarden/react-modals';
import type { ManifestParameter } from '@sell-bridge/app-build';
import { workbenchApi, type AppConfig, type WorkbenchConfig } from '../api';

type Values = Record<string, string | number | boolean | null>;

/**
 * Each installation's settings under the manifest's own parameter names, as Zendesk's admin form would show them.
 * Secure values are write-only: the server keeps them and only says whether one is set.
 */
export function SettingsPanel({ config, onClose, onSaved }: { config: WorkbenchConfig; onClose: () => void; onSaved: () => void }) {
  return (
    <Drawer isOpen onClose={onClose} aria-label="Installation settings">
      <Drawer.Header tag="h2">Installation settings</Drawer.Header>
      <Drawer.Body>
        {config.apps.map((app) => (
          <InstallationForm key={app.id} app={app} config={config} onSaved={onSaved} />
        ))}
      </Drawer.Body>
      <Drawer.Close aria-label="Close settings" />
    </Drawer>
  );
}

function InstallationForm({ app, config, onSaved }: { app: AppConfig; config: WorkbenchConfig; onSaved: () => void }) {
  const installation = config.installations.find((i) => i.id === app.installationId);
  const [initial, setInitial] = useState<Values>(() => ({ ...(installation?.settings ?? {}) }));
  const [values, setValues] = useState<Values>(initial);
  const [secrets, setSecrets] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const isSecret = (p: ManifestParameter) => p.secure === true || p.type === 'oauth';

  const save = () => {
    setStatus('saving');
    const changed = Object.fromEntries(Object.entries(secrets).filter(([, v]) => v !== ''));
    // Only what this form changed: a save made meanwhile elsewhere (the app's own admin view) is not overwritten.
    const edited = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== initial[key]));
    void workbenchApi
      .saveInstallation(app.installationId, edited, changed)
      .then(() => {
        setInitial(values);
        setStatus('saved');
        setSecrets({});
        onSaved();
      })
      .catch(() => setStatus('error'));
  };

  return (
    <form
      aria-label={`${app.name} settings`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      style={{ marginBottom: 24 }}
    >
      <h3 style={{ fontSize: 15, margin: '8px 0' }}>
        {app.name} <small style={{ opacity: 0.7 }}>installation {app.installationId}</small>
      </h3>
      {app.parameters.map((p) => (
        <div key={p.name} style={{ marginBottom: 10 }}>
          {isSecret(p) ? (
            <Field>
              <Field.Label isRegular>{p.name}</Field.Label>
              <Field.Hint>
                {p.type === 'oauth' ? 'OAuth token' : 'secure'} · {installation?.secureSet[p.name] ? 'set (kept server-side)' : 'not set'}
              </Field.Hint>
              <Input type="password" autoComplete="off" value={secrets[p.name] ?? ''} onChange={(e) => setSecrets({ ...secrets, [p.name]: e.target.value })} />
            </Field>
          ) : p.type === 'checkbox' ? (
            <Field>
              <Checkbox checked={values[p.name] === true || values[p.name] === 'true'} onChange={(e) => setValues({ ...values, [p.name]: e.target.checked })}>
                <Field.Label isRegular>{p.name}</Field.Label>
              </Checkbox>
            </Field>
          ) : p.type === 'hidden' || p.type === 'multiline' ? (
            <Field>
              <Field.Label isRegular>{p.name}</Field.Label>
              <Textarea isResizable minRows={2} maxRows={8} value={String(values[p.name] ?? '')} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })} />
            </Field>
          ) : (
            <Field>
              <Field.Label isRegular>{p.name}</Field.Label>
              <Input value={String(values[p.name] ?? '')} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })} />
            </Field>
          )}
        </div>
      ))}
      <Button type="submit" isPrimary size="small" disabled={status === 'saving'}>
        Save {app.name}
      </Button>
      <span role="status" style={{ marginInlineStart: 8, fontSize: 12 }}>
        {status === 'saved' ? 'Saved; the app reloads with the new settings.' : status === 'error' ? 'Could not save.' : ''}
      </span>
    </form>
  );
}
