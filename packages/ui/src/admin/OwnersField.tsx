import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { IconButton } from '@zendeskgarden/react-buttons';
import { Combobox, Field, Option, type IComboboxProps } from '@zendeskgarden/react-dropdowns';
import { Tag } from '@zendeskgarden/react-tags';
import type { OwnerRef, SellUser } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { CrossIcon } from './icons';
import { describeChosen, filterOwnerChoices, indexOwnerChoices } from './ownerChoices';
import { StyledItem, StyledItemLabel, StyledItemMeta, StyledList, StyledSubtle } from './styled';
import type { UsersLoad } from './types';
import { UsersProgress } from './UsersProgress';
import { LOAD_MORE, pagingOptions, useLookupWhenNothingMatches } from '../lead/ownerPaging';

const NONE = '__none__';
const MORE = '__more__';

export interface OwnersFieldProps {
  /** `lead_owners`, in the admin's order. */
  owners: readonly OwnerRef[];
  users: UsersLoad;
  onChange: (owners: OwnerRef[]) => void;
  disabled?: boolean;
}

/**
 * `lead_owners`: a search over the Sell users and distributions loaded so far (a page at a time, more on request, an
 * exact name or email looked up; at most 50 options rendered, the query deferred so typing never waits), and the
 * chosen owners as a list with their kind, problems and a remove button. Stored as `user:<id>` / `distribution:<id>`.
 */
export function OwnersField({ owners, users, onChange, disabled = false }: OwnersFieldProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const listRef = useRef<HTMLDivElement>(null);
  const index = useMemo(() => indexOwnerChoices(users.users), [users.users]);
  const byId = useMemo(() => new Map<number, SellUser>(users.users.map((user) => [user.id, user])), [users.users]);
  const chosenIds = useMemo(() => new Set(owners.map((ref) => ref.id)), [owners]);
  const { shown, total } = useMemo(() => filterOwnerChoices(index, deferredQuery, chosenIds), [index, deferredQuery, chosenIds]);
  const chosen = describeChosen(owners, byId, users.status === 'ready');
  useLookupWhenNothingMatches(query, total, users);

  const handleChange: NonNullable<IComboboxProps['onChange']> = ({ type, selectionValue, inputValue }) => {
    if (selectionValue === LOAD_MORE) return users.onLoadMore();
    if (typeof selectionValue === 'string' && selectionValue !== NONE && selectionValue !== MORE) {
      const option = shown.find((candidate) => String(candidate.id) === selectionValue);
      if (option && !chosenIds.has(option.id)) onChange([...owners, { kind: option.kind, id: option.id }]);
      setQuery('');
      return;
    }
    if (type === 'input:change' && inputValue !== undefined) setQuery(inputValue);
  };

  const remove = (id: number) => {
    onChange(owners.filter((ref) => ref.id !== id));
    // The button is gone: keep keyboard users in the field instead of dropping focus to the page.
    listRef.current?.querySelector('input')?.focus();
  };

  // The email tells namesakes apart; then distribution or admin.
  const metaOf = (kind: 'user' | 'distribution', id: number) => {
    const user = byId.get(id);
    const parts = [
      kind === 'distribution' ? t('admin.owners.distribution') : (user?.email ?? null),
      user?.role === 'admin' ? t('admin.owners.admin') : null,
    ];
    return parts.filter((part): part is string => part !== null).join(' · ');
  };

  return (
    <div ref={listRef} data-field="lead_owners">
      <Field>
        <Field.Label>{t('admin.owners.label')}</Field.Label>
        <Field.Hint>{t('admin.owners.hint')}</Field.Hint>
        <Combobox
          isEditable
          isAutocomplete
          isCompact
          isDisabled={disabled}
          inputValue={query}
          selectionValue={null}
          onChange={handleChange}
          placeholder={t('admin.owners.placeholder')}
          listboxAriaLabel={t('admin.owners.listbox')}
          listboxMaxHeight="240px"
          inputProps={{ dir: 'auto' }}
        >
          {shown.map((option) => {
            const meta = metaOf(option.kind, option.id);
            return (
              <Option key={option.id} value={String(option.id)} label={option.name}>
                <span dir="auto">{option.name}</span>
                {meta ? <Option.Meta>{meta}</Option.Meta> : null}
              </Option>
            );
          })}
          {total === 0 && users.status !== 'loading' ? <Option key={NONE} value={NONE} label={t('admin.owners.no_results')} isDisabled /> : null}
          {total > shown.length ? (
            <Option key={MORE} value={MORE} label={t('admin.owners.more', { shown: shown.length, total })} isDisabled />
          ) : null}
          {pagingOptions(users, { loading: t('owner.loading_more'), loadMore: t('owner.load_more') })}
        </Combobox>
      </Field>
      <UsersProgress users={users} />
      {chosen.length === 0 ? (
        <StyledSubtle style={{ marginTop: 8 }}>{t('admin.owners.none_chosen')}</StyledSubtle>
      ) : (
        <StyledList aria-label={t('admin.owners.chosen')} style={{ marginTop: 8 }}>
          {chosen.map(({ ref, name, flag }) => {
            const label = name ?? t('admin.owners.unknown_name', { id: ref.id });
            return (
              <StyledItem key={ref.id} $warning={flag !== null} data-owner={`${ref.kind}:${ref.id}`}>
                <StyledItemLabel dir="auto">{label}</StyledItemLabel>
                <StyledItemMeta>
                  {ref.kind === 'distribution' ? <Tag size="small">{t('admin.owners.distribution')}</Tag> : null}
                  {flag ? (
                    <Tag size="small" hue="yellow">
                      {t(`admin.owners.flag_${flag}`)}
                    </Tag>
                  ) : null}
                </StyledItemMeta>
                <IconButton size="small" aria-label={t('admin.owners.remove', { name: label })} disabled={disabled} onClick={() => remove(ref.id)}>
                  <CrossIcon />
                </IconButton>
              </StyledItem>
            );
          })}
        </StyledList>
      )}
    </div>
  );
}
