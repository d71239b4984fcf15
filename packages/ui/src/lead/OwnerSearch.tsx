import { useMemo, useState } from 'react';
import { Combobox, Field, Option, type IComboboxProps } from '@zendeskgarden/react-dropdowns';
import type { OwnerOption } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { filterOwners, indexOwners } from './filterOwners';
import { LOAD_MORE, pagingOptions, useLookupWhenNothingMatches, type OwnerPaging } from './ownerPaging';

const NONE = '__none__';
const MORE = '__more__';


export interface OwnerSearchProps {
  options: readonly OwnerOption[];
  value: number | null;
  onChange: (id: number) => void;
  /** Translated hint under the label (the reason). */
  hint: string;
  /** Translated error, shown under the picker. */
  error: string | null;
  /** True: type to search (all users and distributions); false: a plain required select (a few configured owners). */
  searchable: boolean;
  disabled?: boolean;
  /** "Any owner" over a large account: owners arrive a page at a time; an exact name or email is looked up. */
  paging?: OwnerPaging;
}

/** Secondary text of an option: the email (namesakes are common in large teams), distribution, configured. */
function optionMeta(option: OwnerOption, t: (key: string) => string): string | null {
  const parts = [
    option.kind === 'distribution' ? t('owner.label.distribution') : (option.email ?? null),
    option.configured ? t('owner.label.configured') : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The owner picker: a Garden Combobox over the owners core allows. Searchable lists filter in memory and render at most
 * 50 options (the selected one is kept, hidden, so its name stays known), which keeps 10,000 users fast.
 */
export function OwnerSearch({ options, value, onChange, hint, error, searchable, disabled = false, paging }: OwnerSearchProps) {
  const { t } = useI18n();
  const indexed = useMemo(() => indexOwners(options), [options]);
  // null: not typing, the input shows the selected owner's name; a string: what the agent is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const selected = value === null ? undefined : options.find((option) => option.id === value);
  const { shown, total } = useMemo(() => filterOwners(indexed, searchable ? (typed ?? '') : ''), [indexed, typed, searchable]);

  useLookupWhenNothingMatches(typed, total, paging);

  const handleChange: NonNullable<IComboboxProps['onChange']> = ({ type, selectionValue, inputValue }) => {
    if (selectionValue === LOAD_MORE) {
      paging?.onLoadMore();
      return;
    }
    if (typeof selectionValue === 'string' && selectionValue !== NONE && selectionValue !== MORE) {
      onChange(Number(selectionValue));
      setTyped(null);
      return;
    }
    if (type === 'input:change' && inputValue !== undefined) setTyped(inputValue);
    // Leaving the picker without choosing shows the chosen owner again (the search text was not a choice).
    else if (type === 'input:blur') setTyped(null);
  };

  const hiddenSelected = selected && !shown.some((option) => option.id === selected.id) ? selected : undefined;
  return (
    <div data-field="owner">
      <Field>
        <Field.Label>{t('lead.field.owner')}</Field.Label>
        <Field.Hint>{hint}</Field.Hint>
        <Combobox
          isEditable={searchable}
          isAutocomplete={searchable}
          isCompact
          isDisabled={disabled}
          {...(searchable
            ? { inputValue: typed ?? selected?.name ?? '' }
            : { renderValue: () => selected?.name ?? t('owner.placeholder.choose') })}
          selectionValue={selected ? String(selected.id) : null}
          onChange={handleChange}
          placeholder={t(searchable ? 'owner.placeholder.search' : 'owner.placeholder.choose')}
          listboxAriaLabel={t('owner.listbox')}
          listboxMaxHeight="220px"
          validation={error ? 'error' : undefined}
          inputProps={{ 'aria-required': true, dir: 'auto' }}
        >
          {shown.map((option) => {
            const meta = optionMeta(option, t);
            return (
              <Option key={option.id} value={String(option.id)} label={option.name}>
                <span dir="auto">{option.name}</span>
                {meta ? <Option.Meta>{meta}</Option.Meta> : null}
              </Option>
            );
          })}
          {hiddenSelected ? <Option key="selected" value={String(hiddenSelected.id)} label={hiddenSelected.name} isHidden /> : null}
          {total === 0 && !paging?.loadingMore ? (
            <Option key={NONE} value={NONE} label={t('owner.no_results')} isDisabled />
          ) : null}
          {pagingOptions(paging, { loading: t('owner.loading_more'), loadMore: t('owner.load_more') })}
          {total > shown.length ? (
            <Option key={MORE} value={MORE} label={t('owner.more', { shown: shown.length, count: total })} isDisabled />
          ) : null}
        </Combobox>
        {error ? <Field.Message validation="error" validationLabel={t('validation.error')}>{error}</Field.Message> : null}
      </Field>
    </div>
  );
}
