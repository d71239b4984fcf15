import type { Problem } from '@sell-bridge/core';
import { StateMessage, useI18n } from '@sell-bridge/ui';
import type { WidgetProblem } from '../cards/toMatchList';
import { ProblemText } from './NotConfigured';

/**
 * Shown to admins under the cards: settings warnings (the app works, but something is off) and layout entries that no
 * longer match a Sell field. Agents never see it.
 */
export function AdminHints({ warnings, layout }: { warnings: readonly Problem[]; layout: readonly WidgetProblem[] }) {
  const { t } = useI18n();
  if (warnings.length === 0 && layout.length === 0) return null;
  return (
    <StateMessage tone="warning" titleKey="admin.hints.title">
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {warnings.map((problem, index) => (
          <li key={`w-${problem.key}-${String(index)}`} dir="auto">
            <ProblemText problem={problem} />
          </li>
        ))}
        {layout.map(({ widget, problem }, index) => (
          <li key={`l-${widget}-${String(index)}`} dir="auto">
            {t('admin.hints.widget', { widget: t(`record.kind.${widget}`), problem: t(problem.key, problem.values) })}
          </li>
        ))}
      </ul>
    </StateMessage>
  );
}
