import { Alert, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../components/format-date.ts';
import { useRiskAssessment } from '../../risk-assessment/api/risk-assessment.ts';
import { RequireOfficer } from '../components/require-officer.tsx';

/** The AML officer's corner: reports to CTIF-CFI, the annual report and the overall risk assessment. */
export function OfficerHomePage() {
  return <RequireOfficer>{() => <OfficerHome />}</RequireOfficer>;
}

function OfficerHome() {
  const { t, i18n } = useTranslation('goaml');
  const assessment = useRiskAssessment();
  const due = assessment.data?.isReviewDue ? assessment.data.current?.nextReviewDue : null;
  const cards = [
    { to: '/goaml', title: t('hub.goaml'), text: t('hub.goamlText'), id: 'goaml' },
    { to: '/annual-report', title: t('hub.annual'), text: t('hub.annualText'), id: 'annual' },
    { to: '/risk-assessment', title: t('hub.assessment'), text: t('hub.assessmentText'), id: 'assessment' },
  ];
  return (
    <Stack maw={1100} mx="auto">
      <Title order={2}>{t('hub.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('hub.intro')}
      </Text>
      {due && (
        <Alert color="orange" data-testid="assessment-review-due">
          {t('hub.reviewDue', { date: formatDate(due, i18n.language) })}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {cards.map((card) => (
          <Card key={card.id} withBorder padding="lg">
            <Stack gap="xs" h="100%" justify="space-between">
              <div>
                <Title order={4}>{card.title}</Title>
                <Text size="sm" c="dimmed">
                  {card.text}
                </Text>
              </div>
              <Button component={Link} to={card.to} variant="light" data-testid={`officer-${card.id}`}>
                {t('hub.open')}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
