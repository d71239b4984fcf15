import type { Messages } from '../../translate';

/** Problemas de configuración y vista de administración. */
export const admin: Messages = {
  'settings.problem.boolean_invalid': 'El ajuste «{param}» debe estar activado o desactivado, pero contiene «{value}».',
  'settings.problem.text_invalid': 'El ajuste «{param}» debe ser texto, pero contiene «{value}».',
  'settings.problem.data_access_unknown': 'El acceso a datos «{value}» no es un modo conocido. Usa sell_users_only o all_agents.',
  'settings.problem.field_layout_json': 'La disposición de campos no es un JSON válido. Vuelve a publicarla desde la vista de administración de la aplicación.',
  'settings.problem.field_layout_shape': 'La disposición de campos tiene una forma incorrecta en «{part}». Vuelve a publicarla.',
  'settings.problem.field_layout_field_key': 'La disposición {widget} tiene una clave de campo vacía o no válida (entrada {index}).',
  'settings.problem.field_layout_duplicate_field': 'El campo «{field}» aparece dos veces en la disposición {widget}; se ignora la repetición.',
  'settings.problem.field_layout_unknown_widget': 'La disposición de campos menciona un widget desconocido «{widget}».',
  'settings.problem.field_layout_version': 'La versión «{value}» de la disposición de campos no es válida.',
  'settings.problem.owners_invalid': 'Los propietarios de clientes potenciales deben ser una lista separada por comas, como user:123, distribution:456, pero el ajuste contiene «{value}».',
  'settings.problem.owner_malformed': 'El propietario «{entry}» no tiene la forma user:<id> o distribution:<id>.',
  'settings.problem.owner_duplicate': 'El propietario «{entry}» aparece dos veces; se ignora la repetición.',
  'settings.problem.owner_conflict': 'El usuario de Sell {id} aparece como usuario y como distribución («{entry}»); se usa la primera mención.',
  'settings.problem.primary_admin_invalid': 'El administrador principal debe ser un ID de usuario de Sell (un número), pero el ajuste contiene «{value}».',
  'settings.problem.primary_admin_missing': 'No hay administrador principal: en el modo all_agents sin propietarios configurados, los agentes no pueden crear clientes potenciales.',

  'access.reason.no_sell_user': 'Ningún usuario activo de Sell tiene tu correo electrónico.',
  'access.reason.sell_user_inactive': 'Tu usuario de Sell está inactivo o se eliminó.',

  'layout.unknown_field': 'El campo «{field}» (posición {position}) ya no existe en Sell y no se muestra.',
  'layout.duplicate_field': 'El campo «{field}» vuelve a aparecer en la posición {position}; la repetición no se muestra.',

  'admin.hints.title': 'Para administradores: revisa la configuración de la aplicación',
  'admin.hints.widget': '{widget}: {problem}',
};
