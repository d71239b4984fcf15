/** English: settings problems and the admin view. */
export const admin = {
  'settings.problem.boolean_invalid': 'The setting “{param}” must be on or off, but it holds “{value}”.',
  'settings.problem.text_invalid': 'The setting “{param}” must be text, but it holds “{value}”.',
  'settings.problem.data_access_unknown': 'Data access “{value}” is not a known mode. Use sell_users_only or all_agents.',
  'settings.problem.field_layout_json': 'The field layout is not valid JSON. Publish the layout again from the app’s admin view.',
  'settings.problem.field_layout_shape': 'The field layout has the wrong shape at “{part}”. Publish the layout again.',
  'settings.problem.field_layout_field_key': 'The {widget} layout has an empty or invalid field key (entry {index}).',
  'settings.problem.field_layout_duplicate_field': 'The field “{field}” is listed twice in the {widget} layout; the repeat is ignored.',
  'settings.problem.field_layout_unknown_widget': 'The field layout names an unknown widget “{widget}”.',
  'settings.problem.field_layout_version': 'The field layout version “{value}” is not valid.',
  'settings.problem.owners_invalid': 'Lead owners must be a comma list such as user:123, distribution:456, but the setting holds “{value}”.',
  'settings.problem.owner_malformed': 'The lead owner “{entry}” is not written as user:<id> or distribution:<id>.',
  'settings.problem.owner_duplicate': 'The lead owner “{entry}” is listed twice; the repeat is ignored.',
  'settings.problem.owner_conflict': 'Sell user {id} is listed both as a user and as a distribution (“{entry}”); the first mention is used.',
  'settings.problem.primary_admin_invalid': 'The primary admin must be a Sell user id (a number), but the setting holds “{value}”.',
  'settings.problem.primary_admin_missing': 'No primary admin is set: in all_agents mode without lead owners, agents cannot create leads.',

  'access.reason.no_sell_user': 'No active Sell user has your email address.',
  'access.reason.sell_user_inactive': 'Your Sell user is inactive or was deleted.',

  'layout.unknown_field': 'The field “{field}” (position {position}) no longer exists in Sell and is skipped.',
  'layout.duplicate_field': 'The field “{field}” appears again at position {position}; the repeat is skipped.',

  'admin.hints.title': 'For admins: check the app’s settings',
  'admin.hints.widget': '{widget}: {problem}',
} as const satisfies Record<string, string>;
