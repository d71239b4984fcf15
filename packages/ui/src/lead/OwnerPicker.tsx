import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import type { OwnerDecision, OwnerOption } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import type { OwnerPaging } from './ownerPaging';
import { OwnerSearch } from './OwnerSearch';
import { ReadOnlyValue } from './ReadOnlyValue';
import { reasonText } from './reasonText';
import { StyledList, StyledNote } from './styled/StyledLeadParts';

/** The owners still coming from Sell: the configured ones (first), and for "any owner" more pages and lookups. */
export interface OwnerLoading extends OwnerPaging {
  /** The configured owners are not known yet: no decision can be shown. */
  pending: boolean;
  /** Loading them failed. */
  failed: boolean;
  onRetry: () => void;
}

export interface OwnerPickerProps {
  /** `resolveOwner`'s decision for this installation and agent. */
  decision: OwnerDecision;
  /** The chosen owner when the agent picks one (`choose`, `any`). */
  value: number | null;
  onChange: (id: number) => void;
  /** Translated error (e.g. no owner chosen, Sell refused the owner). */
  error?: string | null;
  disabled?: boolean;
  loading?: OwnerLoading;
}

function ownerName(owner: OwnerOption, t: (key: string) => string) {
  return owner.kind === 'distribution' ? `${owner.name} · ${t('owner.label.distribution')}` : owner.name;
}

/**
 * Who will own the lead (docs/architecture.md §5): a fixed owner is shown with its reason and no picker, several configured
 * owners give a required picker, "any owner" a searchable one; an error outcome is a warning (the form cannot be sent).
 */
export function OwnerPicker({ decision, value, onChange, error = null, disabled = false, loading }: OwnerPickerProps) {
  const { t } = useI18n();
  if (loading?.failed) {
    return (
      <div data-field="owner">
        <Alert type="warning" role="alert">
          <Alert.Title>{t('lead.field.owner')}</Alert.Title>
          <p style={{ margin: '4px 0 0' }}>{t('owner.load_failed')}</p>
          <Button size="small" onClick={loading.onRetry} style={{ marginTop: 8 }}>
            {t('state.retry')}
          </Button>
        </Alert>
      </div>
    );
  }
  if (loading?.pending) {
    return <ReadOnlyValue data-field="owner" label={t('lead.field.owner')} value={t('owner.loading')} />;
  }
  const reason = reasonText(t, decision.reason);
  // With a single configured owner the error reason already is the dropped owner's; list them only otherwise.
  const dropped = decision.kind === 'error' && decision.dropped.length <= 1 ? [] : decision.dropped;
  const droppedList =
    dropped.length > 0 ? (
      <StyledNote as="div">
        <StyledList>
          {dropped.map((entry) => (
            <li key={`${entry.ref.kind}:${entry.ref.id}`} dir="auto">
              {reasonText(t, entry.reason)}
            </li>
          ))}
        </StyledList>
      </StyledNote>
    ) : null;

  switch (decision.kind) {
    case 'fixed':
    case 'creator':
    case 'primary_admin':
      return (
        <>
          <ReadOnlyValue data-field="owner" label={t('lead.field.owner')} value={ownerName(decision.owner, t)} note={reason} />
          {droppedList}
        </>
      );
    case 'choose':
    case 'any':
      return (
        <>
          <OwnerSearch
            options={decision.options}
            value={value}
            onChange={onChange}
            hint={reason}
            error={error}
            searchable={decision.kind === 'any'}
            disabled={disabled}
            {...(decision.kind === 'any' && loading ? { paging: loading } : {})}
          />
          {droppedList}
        </>
      );
    case 'error':
      return (
        <div data-field="owner">
          <Alert type="warning" role="alert">
            <Alert.Title>{t('lead.field.owner')}</Alert.Title>
            <p style={{ margin: '4px 0 0' }}>{reason}</p>
            {droppedList}
          </Alert>
        </div>
      );
  }
}
