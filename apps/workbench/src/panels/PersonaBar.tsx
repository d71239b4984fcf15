import { Field, Select } from '@zendeskgarden/react-forms';
import type { Persona, PersonaIdentity } from '../host/HostProvider';

const row = { display: 'flex', gap: 12, alignItems: 'end', flexWrap: 'wrap' } as const;

/** Who is signed in: Sell persona, Zendesk role, language and colour scheme. Changing any reloads the apps. */
export function PersonaBar({ persona, identity, onChange }: { persona: Persona; identity: PersonaIdentity; onChange: (p: Persona) => void }) {
  return (
    <div style={row}>
      <Field>
        <Field.Label isRegular>Persona</Field.Label>
        <Select isCompact value={persona.kind} onChange={(e) => onChange({ ...persona, kind: e.target.value as Persona['kind'] })}>
          <option value="sell-admin">Sell admin</option>
          <option value="sell-user">Sell user</option>
          <option value="no-sell">Agent without Sell access</option>
        </Select>
      </Field>
      <Field>
        <Field.Label isRegular>Zendesk role</Field.Label>
        <Select isCompact value={persona.zendeskRole} onChange={(e) => onChange({ ...persona, zendeskRole: e.target.value as Persona['zendeskRole'] })}>
          <option value="agent">Agent</option>
          <option value="admin">Admin</option>
        </Select>
      </Field>
      <Field>
        <Field.Label isRegular>Language</Field.Label>
        <Select isCompact value={persona.locale} onChange={(e) => onChange({ ...persona, locale: e.target.value })}>
          <option value="en-US">English</option>
          <option value="fr">Français</option>
          <option value="es">Español</option>
          <option value="de">Deutsch</option>
          <option value="ja">日本語</option>
        </Select>
      </Field>
      <Field>
        <Field.Label isRegular>Theme</Field.Label>
        <Select isCompact value={persona.colorScheme} onChange={(e) => onChange({ ...persona, colorScheme: e.target.value as Persona['colorScheme'] })}>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </Select>
      </Field>
      <span style={{ fontSize: 12, opacity: 0.75 }} data-testid="signed-in-as">
        {identity.name} · {identity.email}
      </span>
    </div>
  );
}
