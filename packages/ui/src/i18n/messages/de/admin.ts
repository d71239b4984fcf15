import type { Messages } from '../../translate';

/** Probleme in den Einstellungen und die Admin-Ansicht. */
export const admin: Messages = {
  'settings.problem.boolean_invalid': 'Die Einstellung „{param}“ muss ein- oder ausgeschaltet sein, enthält aber „{value}“.',
  'settings.problem.text_invalid': 'Die Einstellung „{param}“ muss ein Text sein, enthält aber „{value}“.',
  'settings.problem.data_access_unknown': 'Der Datenzugriff „{value}“ ist kein bekannter Modus. Verwenden Sie sell_users_only oder all_agents.',
  'settings.problem.field_layout_json': 'Das Feldlayout ist kein gültiges JSON. Veröffentlichen Sie das Layout erneut in der Admin-Ansicht der App.',
  'settings.problem.field_layout_shape': 'Das Feldlayout hat bei „{part}“ die falsche Form. Veröffentlichen Sie das Layout erneut.',
  'settings.problem.field_layout_field_key': 'Das Layout {widget} enthält einen leeren oder ungültigen Feldschlüssel (Eintrag {index}).',
  'settings.problem.field_layout_duplicate_field': 'Das Feld „{field}“ steht zweimal im Layout {widget}; die Wiederholung wird ignoriert.',
  'settings.problem.field_layout_unknown_widget': 'Das Feldlayout nennt ein unbekanntes Widget „{widget}“.',
  'settings.problem.field_layout_version': 'Die Version „{value}“ des Feldlayouts ist ungültig.',
  'settings.problem.owners_invalid': 'Lead-Inhaber müssen eine kommagetrennte Liste wie user:123, distribution:456 sein, die Einstellung enthält aber „{value}“.',
  'settings.problem.owner_malformed': 'Der Inhaber „{entry}“ hat nicht die Form user:<id> oder distribution:<id>.',
  'settings.problem.owner_duplicate': 'Der Inhaber „{entry}“ steht zweimal in der Liste; die Wiederholung wird ignoriert.',
  'settings.problem.owner_conflict': 'Der Sell-Benutzer {id} steht sowohl als Benutzer als auch als Verteilung in der Liste („{entry}“); die erste Nennung gilt.',
  'settings.problem.primary_admin_invalid': 'Der Haupt-Admin muss eine Sell-Benutzer-ID (eine Zahl) sein, die Einstellung enthält aber „{value}“.',
  'settings.problem.primary_admin_missing': 'Es ist kein Haupt-Admin festgelegt: Im Modus all_agents ohne Lead-Inhaber können Agenten keine Leads anlegen.',

  'access.reason.no_sell_user': 'Kein aktiver Sell-Benutzer hat Ihre E-Mail-Adresse.',
  'access.reason.sell_user_inactive': 'Ihr Sell-Benutzer ist inaktiv oder wurde gelöscht.',

  'layout.unknown_field': 'Das Feld „{field}“ (Position {position}) gibt es in Sell nicht mehr; es wird ausgelassen.',
  'layout.duplicate_field': 'Das Feld „{field}“ steht an Position {position} noch einmal; die Wiederholung wird ausgelassen.',

  'admin.hints.title': 'Für Admins: Einstellungen der App prüfen',
  'admin.hints.widget': '{widget}: {problem}',
};
