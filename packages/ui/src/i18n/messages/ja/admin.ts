import type { Messages } from '../../translate';

/** 設定の問題と管理画面。 */
export const admin: Messages = {
  'settings.problem.boolean_invalid': '設定「{param}」はオンかオフである必要がありますが、「{value}」になっています。',
  'settings.problem.text_invalid': '設定「{param}」はテキストである必要がありますが、「{value}」になっています。',
  'settings.problem.data_access_unknown': 'データアクセス「{value}」は不明なモードです。sell_users_only または all_agents を指定してください。',
  'settings.problem.field_layout_json': 'フィールドレイアウトが正しい JSON ではありません。アプリの管理画面からレイアウトを公開し直してください。',
  'settings.problem.field_layout_shape': 'フィールドレイアウトの「{part}」の形式が正しくありません。レイアウトを公開し直してください。',
  'settings.problem.field_layout_field_key': '{widget} のレイアウトに空または無効なフィールドキーがあります（項目 {index}）。',
  'settings.problem.field_layout_duplicate_field': 'フィールド「{field}」が {widget} のレイアウトに 2 回あります。重複分は無視されます。',
  'settings.problem.field_layout_unknown_widget': 'フィールドレイアウトに不明なウィジェット「{widget}」があります。',
  'settings.problem.field_layout_version': 'フィールドレイアウトのバージョン「{value}」は無効です。',
  'settings.problem.owners_invalid': 'リードの担当者は user:123, distribution:456 のようなカンマ区切りのリストである必要がありますが、「{value}」になっています。',
  'settings.problem.owner_malformed': '担当者「{entry}」が user:<id> または distribution:<id> の形式になっていません。',
  'settings.problem.owner_duplicate': '担当者「{entry}」が 2 回指定されています。重複分は無視されます。',
  'settings.problem.owner_conflict': 'Sell ユーザー {id} がユーザーと振り分けの両方で指定されています（「{entry}」）。最初の指定が使われます。',
  'settings.problem.primary_admin_invalid': 'プライマリ管理者は Sell ユーザー ID（数値）である必要がありますが、「{value}」になっています。',
  'settings.problem.primary_admin_missing': 'プライマリ管理者が設定されていません。all_agents モードでリードの担当者が未設定の場合、エージェントはリードを作成できません。',

  'access.reason.no_sell_user': 'あなたのメールアドレスを持つ有効な Sell ユーザーがいません。',
  'access.reason.sell_user_inactive': 'あなたの Sell ユーザーは無効化または削除されています。',

  'layout.unknown_field': 'フィールド「{field}」（{position} 番目）は Sell に存在しないため表示されません。',
  'layout.duplicate_field': 'フィールド「{field}」が {position} 番目に再度あります。重複分は表示されません。',

  'admin.hints.title': '管理者向け: アプリの設定を確認してください',
  'admin.hints.widget': '{widget}: {problem}',
};
