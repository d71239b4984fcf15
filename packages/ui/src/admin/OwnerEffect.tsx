import { useMemo } from 'react';
import { Well } from '@zendeskgarden/react-notifications';
import { resolveOwner, type OwnerDecision, type Settings } from '@sell-bridge/core';
import { useI18n } from '../i18n/I18nProvider';
import { StyledSubtle } from './styled';
import type { UsersLoad } from './types';

/** Error reasons of the owner rule that have an admin-facing sentence (agents get `owner.reason.*` instead). */
const ADMIN_ERRORS = new Set(['primary_admin_unset', 'primary_admin_unknown', 'primary_admin_inactive', 'all_owners_unavailable', 'no_owner_available']);

type Translate = (key: string, values?: Record<string, string | number>) => string;

function sentence(decision: OwnerDecision, t: Translate): string {
  switch (decision.kind) {
    case 'fixed':
      return t(decision.owner.kind === 'distribution' ? 'admin.effect.fixed_distribution' : 'admin.effect.fixed_user', { name: decision.owner.name });
    case 'choose':
      return t('admin.effect.choose', { number: decision.options.length });
    case 'any':
      return t('admin.effect.any');
    case 'creator':
      return t('admin.effect.creator');
    case 'primary_admin':
      return t('admin.effect.primary_admin', { name: decision.owner.name });
    case 'error': {
      const reason = decision.reason.key.replace(/^owner\.reason\./, '');
      // The rule is evaluated without an agent: "no Sell user" here means "the creator, whoever that will be".
      if (reason === 'agent_without_sell_user') return t('admin.effect.creator');
      if (ADMIN_ERRORS.has(reason)) return t(`admin.effect.${reason}`, decision.reason.values);
      // One chosen owner that cannot receive leads: its own reason is listed under "left out".
      return t('admin.effect.all_owners_unavailable');
    }
  }
}

/**
 * What happens when an agent creates a lead with these (unsaved) settings, from core's owner rule itself
 * (docs/architecture.md §5), so the admin reads exactly what agents will get. Waits for the users list: without it every
 * owner would look unknown.
 */
export function OwnerEffect({ settings, users }: { settings: Settings; users: UsersLoad }) {
  const { t } = useI18n();
  const decision = useMemo(
    () => (users.status === 'ready' ? resolveOwner(settings, { sellUser: null }, { users: users.users }) : null),
    [settings, users.status, users.users],
  );
  const dropped = decision?.dropped.map(({ ref, reason }) => {
    const name = typeof reason.values?.name === 'string' ? reason.values.name : t('admin.owners.unknown_name', { id: ref.id });
    return name;
  });
  const creator = decision?.kind === 'error' && decision.reason.key === 'owner.reason.agent_without_sell_user';
  const kind = creator ? 'creator' : (decision?.kind ?? 'pending');
  const isError = kind === 'error';
  return (
    <Well isRecessed role="status" aria-live="polite" data-testid="owner-effect" data-kind={kind}>
      <Well.Title>{t('admin.effect.title')}</Well.Title>
      <Well.Paragraph style={isError ? { fontWeight: 600 } : undefined}>{decision ? sentence(decision, t) : t('admin.effect.pending')}</Well.Paragraph>
      {dropped && dropped.length > 0 ? <StyledSubtle>{t('admin.effect.dropped', { names: dropped.join(', ') })}</StyledSubtle> : null}
    </Well>
  );
}
