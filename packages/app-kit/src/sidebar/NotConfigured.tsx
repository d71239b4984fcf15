import type { Problem } from '@sell-bridge/core';
import { StateMessage, useI18n } from '@sell-bridge/ui';

/** A settings problem in plain words, with the parameter and the offending value filled in. */
export function ProblemText({ problem }: { problem: Problem }) {
  const { t } = useI18n();
  return <>{t(problem.key, { param: problem.param, ...problem.values })}</>;
}

/** The app is not configured: admins see every problem to fix, agents a short note to ask an admin. */
export function NotConfigured({ problems, isAdmin }: { problems: readonly Problem[]; isAdmin: boolean }) {
  return (
    <StateMessage tone="warning" titleKey="state.not_configured.title" bodyKey={isAdmin ? 'state.not_configured.admin' : 'state.not_configured.agent'}>
      {isAdmin ? (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {problems.map((problem, index) => (
            <li key={`${problem.key}-${problem.param}-${String(index)}`} dir="auto">
              <ProblemText problem={problem} />
            </li>
          ))}
        </ul>
      ) : null}
    </StateMessage>
  );
}
