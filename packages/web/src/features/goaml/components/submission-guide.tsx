import { Stepper, Text, Title } from '@mantine/core';
import type { TGoAmlReportSummary } from '@vigilo/domain/contracts/goaml.ts';
import { useTranslation } from 'react-i18next';

const steps = ['step1', 'step2', 'step3', 'step4', 'step5', 'step6', 'step7'] as const;

/** Where the report is in the lifecycle decides which step of the guide is current. */
function activeStep(status: TGoAmlReportSummary['state']['status']): number {
  return { draft: 1, downloaded: 2, submitted: 6, answered: 7 }[status];
}

/** The step-by-step guide to submit the file on CTIF-CFI's goAML portal (translated content). */
export function SubmissionGuide({ status }: { status: TGoAmlReportSummary['state']['status'] }) {
  const { t } = useTranslation('goaml');
  return (
    <div data-testid="goaml-guide">
      <Title order={4}>{t('guide.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('guide.intro')}
      </Text>
      <Stepper active={activeStep(status)} orientation="vertical" size="sm">
        {steps.map((step) => (
          <Stepper.Step key={step} label={t(`guide.${step}.title`)} description={t(`guide.${step}.text`)} />
        ))}
      </Stepper>
    </div>
  );
}
