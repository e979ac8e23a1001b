import { Avatar, Badge, Blockquote, Group, Text, Timeline } from '@mantine/core';
import type { TCaseEvent } from '@vigilo/domain/contracts/risk.ts';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format-date.ts';

function initials(name: string | null): string {
  return (name ?? '?')
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

/** What the timeline says an event was, with the proposal, CTIF's answer or the decision it carried. */
function useActionLabel() {
  const { t } = useTranslation('declarations');
  return (event: TCaseEvent) => {
    const key = `declarations:timeline.actions.${event.action}`;
    if (!i18next.exists(key)) return event.action;
    const data = event.data as Record<string, string | undefined>;
    return t(key, {
      level: data.level ? t(`risk:risk.level.${data.level}`) : '',
      proposal: data.proposal ? t(`timeline.proposal.${data.proposal}`) : '',
      answer: data.answer ? t(`timeline.ctifAnswer.${data.answer}`) : '',
      decision: data.decision ? t(`timeline.decision.${data.decision}`) : '',
      reason: data.reason ? t(`cases:personalReport.reasons.${data.reason}`) : '',
    });
  };
}

/**
 * Every action on a case, oldest first, and who took it. The AML officer is marked with a blue ring and
 * a badge, reports to CTIF-CFI with an arrow (as in the source tool's Declarations page).
 */
export function CaseTimeline({ events }: { events: TCaseEvent[] }) {
  const { t, i18n } = useTranslation('declarations');
  const labelOf = useActionLabel();
  if (events.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  return (
    <Timeline bulletSize={34} lineWidth={2} data-testid="timeline">
      {events.map((event) => {
        const isOfficer = event.actorRole === 'officer';
        const isCtifReport = event.action === 'report-to-ctif';
        return (
          <Timeline.Item
            key={event.id}
            data-testid={`timeline-${event.action}`}
            color={isCtifReport ? 'red' : isOfficer ? 'blue' : 'gray'}
            bullet={
              isCtifReport ? (
                <Text fw={700} c="white" aria-label={t('timeline.ctifReport')}>
                  {'➜'}
                </Text>
              ) : (
                <Avatar
                  size={30}
                  radius="xl"
                  color={isOfficer ? 'blue' : 'gray'}
                  style={isOfficer ? { boxShadow: '0 0 0 3px var(--mantine-color-blue-6)' } : undefined}
                >
                  {initials(event.actorName)}
                </Avatar>
              )
            }
            title={
              <Group gap="xs">
                <Text fw={500}>{labelOf(event)}</Text>
                {isCtifReport && (
                  <Badge color="red" data-testid="ctif-report-mark">
                    {t('timeline.ctifReport')}
                  </Badge>
                )}
              </Group>
            }
          >
            <Group gap="xs">
              <Text size="sm">{event.actorName ?? t('timeline.system')}</Text>
              {isOfficer && (
                <Badge size="sm" color="blue" variant="outline" data-testid="officer-mark">
                  {t('timeline.officer')}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(event.createdAt, i18n.language)}
              </Text>
            </Group>
            {event.motivation && (
              <Blockquote mt="xs" p="xs" color={isOfficer ? 'blue' : 'gray'}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.motivation}
                </Text>
              </Blockquote>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
