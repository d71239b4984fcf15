import { Alert } from '@zendeskgarden/react-notifications';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { safeHref, sellRecordUrl } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { StyledActions, StyledList } from './styled/StyledLeadParts';

/** A Sell record the duplicate check found. */
export interface ExistingRecord {
  kind: 'lead' | 'person' | 'company';
  id: number;
  name: string;
}

function RecordLink({ kind, id, name }: ExistingRecord) {
  const { t } = useI18n();
  const href = safeHref(sellRecordUrl(kind, id), 'url');
  const label = (
    <>
      {t(`record.kind.${kind}`)}: <span dir="auto">{name}</span>
    </>
  );
  if (!href) return label;
  return (
    <Anchor href={href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
      {label}
    </Anchor>
  );
}

export interface DuplicateNoticeProps {
  email: string;
  records: readonly ExistingRecord[];
  /** Records that exist but that this agent may not see (sell_users_only): counted, never named. */
  hiddenCount: number;
  onCreateAnyway: () => void;
  onBack: () => void;
  disabled?: boolean;
}

/** "Already in Sell": links to the records with the same email, and an explicit "create anyway". */
export function DuplicateNotice({ email, records, hiddenCount, onCreateAnyway, onBack, disabled = false }: DuplicateNoticeProps) {
  const { t } = useI18n();
  return (
    <Alert type="warning" role="alert" data-testid="lead-duplicate">
      <Alert.Title>{t('lead.duplicate.title')}</Alert.Title>
      <p style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }}>{t('lead.duplicate.body', { email })}</p>
      <StyledList>
        {records.map((record) => (
          <li key={`${record.kind}-${record.id}`}>
            <RecordLink {...record} />
          </li>
        ))}
        {hiddenCount > 0 ? <li>{t('lead.duplicate.hidden', { count: hiddenCount })}</li> : null}
      </StyledList>
      <StyledActions>
        <Button size="small" onClick={onCreateAnyway} disabled={disabled}>
          {t('lead.duplicate.create_anyway')}
        </Button>
        <Button size="small" isBasic onClick={onBack} disabled={disabled}>
          {t('lead.duplicate.back')}
        </Button>
      </StyledActions>
    </Alert>
  );
}

export interface LeadFailureNoticeProps {
  tone: 'warning' | 'error';
  /** Translation key of the explanation. */
  bodyKey: string;
  values?: Record<string, string | number>;
  /** Sell's own messages that no field shows (owner, custom fields...). */
  details?: readonly string[];
  onRetry?: (() => void) | null;
  disabled?: boolean;
}

/** Why the lead was not created, in plain words, with a retry when another attempt can help. */
export function LeadFailureNotice({ tone, bodyKey, values, details = [], onRetry, disabled = false }: LeadFailureNoticeProps) {
  const { t } = useI18n();
  return (
    <Alert type={tone} role="alert" data-testid="lead-failure">
      <Alert.Title>{t('lead.failed.title')}</Alert.Title>
      <p style={{ margin: '4px 0 0' }}>{t(bodyKey, values)}</p>
      {details.length > 0 ? (
        <StyledList>
          {details.map((detail, index) => (
            <li key={index} dir="auto">
              {t('lead.failed.sell_message', { message: detail })}
            </li>
          ))}
        </StyledList>
      ) : null}
      {onRetry ? (
        <StyledActions>
          <Button size="small" onClick={onRetry} disabled={disabled}>
            {t('state.retry')}
          </Button>
        </StyledActions>
      ) : null}
    </Alert>
  );
}

export interface LeadCreatedNoticeProps {
  id: number;
  name: string;
  /** The POST's answer was lost and the lead was found by the lookup afterwards. */
  recovered?: boolean;
}

/** The lead exists in Sell: its name and an "open in Sell" link. */
export function LeadCreatedNotice({ id, name, recovered = false }: LeadCreatedNoticeProps) {
  const { t } = useI18n();
  const href = safeHref(sellRecordUrl('lead', id), 'url');
  return (
    <Alert type="success" role="status" data-testid="lead-created">
      <Alert.Title>{t('lead.created.title')}</Alert.Title>
      <p style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }} dir="auto">
        {t('lead.created.body', { name })}
      </p>
      {recovered ? <p style={{ margin: '4px 0 0' }}>{t('lead.created.recovered')}</p> : null}
      {href ? (
        <Anchor href={href} isExternal target="_blank" rel="noopener noreferrer" externalIconLabel={t('record.opens_new_tab')}>
          {t('record.open_in_sell')}
        </Anchor>
      ) : null}
    </Alert>
  );
}
