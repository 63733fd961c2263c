import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../shared/format/time';
import type { Request, User } from '../../../../shared/schema';

type StepsPanelProps = {
  request: Pick<Request, 'steps' | 'currentStep'>;
  users: ReadonlyMap<string, User>;
};

/** The chain of steps: each one's role, who holds it, where it stands, who decided it and when. */
export function StepsPanel({ request, users }: StepsPanelProps) {
  const { t, i18n } = useTranslation();
  const name = (id: string | null) =>
    id === null ? t('requestDetail.steps.unassigned') : (users.get(id)?.name ?? id);
  return (
    <section className="detail-section" aria-label={t('requestDetail.steps.title')}>
      <h4>{t('requestDetail.steps.title')}</h4>
      <ol className="detail-list detail-steps">
        {request.steps.map((step) => (
          <li
            key={step.index}
            aria-current={step.index === request.currentStep ? 'step' : undefined}
            data-step-status={step.status}
          >
            <span>
              {t('approvals.step', { step: step.index + 1, of: request.steps.length })} ·{' '}
              {t(`approvals.inbox.role.${step.role}`)} · {name(step.assigneeId)}
            </span>
            <span className="muted">
              {t(`requestDetail.steps.status.${step.status}`)}
              {step.decidedAt !== null &&
                ` · ${t('requestDetail.steps.decided', {
                  who: name(step.decidedBy),
                  when: formatDateTime(step.decidedAt, i18n.language),
                })}`}
              {step.decidedAt === null &&
                step.dueAt !== null &&
                ` · ${t('requestDetail.steps.due', { when: formatDateTime(step.dueAt, i18n.language) })}`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
