import type { Messages } from '../../translate';

/** Problèmes de paramètres et vue d’administration. */
export const admin: Messages = {
  'settings.problem.boolean_invalid': 'Le paramètre « {param} » doit être activé ou désactivé, mais il contient « {value} ».',
  'settings.problem.text_invalid': 'Le paramètre « {param} » doit être un texte, mais il contient « {value} ».',
  'settings.problem.data_access_unknown': 'L’accès aux données « {value} » n’est pas un mode connu. Utilisez sell_users_only ou all_agents.',
  'settings.problem.field_layout_json': 'La disposition des champs n’est pas un JSON valide. Publiez-la à nouveau depuis la vue d’administration de l’application.',
  'settings.problem.field_layout_shape': 'La disposition des champs n’a pas la bonne forme à « {part} ». Publiez-la à nouveau.',
  'settings.problem.field_layout_field_key': 'La disposition {widget} contient une clé de champ vide ou invalide (entrée {index}).',
  'settings.problem.field_layout_duplicate_field': 'Le champ « {field} » figure deux fois dans la disposition {widget} ; le doublon est ignoré.',
  'settings.problem.field_layout_unknown_widget': 'La disposition des champs cite un widget inconnu « {widget} ».',
  'settings.problem.field_layout_version': 'La version « {value} » de la disposition des champs n’est pas valide.',
  'settings.problem.owners_invalid': 'Les propriétaires de prospects doivent être une liste séparée par des virgules, par exemple user:123, distribution:456, mais le paramètre contient « {value} ».',
  'settings.problem.owner_malformed': 'Le propriétaire « {entry} » n’est pas écrit sous la forme user:<id> ou distribution:<id>.',
  'settings.problem.owner_duplicate': 'Le propriétaire « {entry} » figure deux fois ; le doublon est ignoré.',
  'settings.problem.owner_conflict': 'L’utilisateur Sell {id} figure à la fois comme utilisateur et comme distribution (« {entry} ») ; la première mention est retenue.',
  'settings.problem.primary_admin_invalid': 'L’administrateur principal doit être un identifiant d’utilisateur Sell (un nombre), mais le paramètre contient « {value} ».',
  'settings.problem.primary_admin_missing': 'Aucun administrateur principal n’est défini : en mode all_agents sans propriétaires de prospects, les agents ne peuvent pas créer de prospects.',

  'access.reason.no_sell_user': 'Aucun utilisateur Sell actif n’a votre adresse e-mail.',
  'access.reason.sell_user_inactive': 'Votre utilisateur Sell est inactif ou a été supprimé.',

  'layout.unknown_field': 'Le champ « {field} » (position {position}) n’existe plus dans Sell et n’est pas affiché.',
  'layout.duplicate_field': 'Le champ « {field} » apparaît de nouveau en position {position} ; le doublon n’est pas affiché.',

  'admin.hints.title': 'Pour les administrateurs : vérifiez les paramètres de l’application',
  'admin.hints.widget': '{widget} : {problem}',
};
