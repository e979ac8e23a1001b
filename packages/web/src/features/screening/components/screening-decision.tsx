import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { useScreeningDecision } from '../api/screening.ts';

type TProps = { contactId: string; level: 'normal' | 'heightened' };

/**
 * After screening, the collaborator accepts or refuses the contact (M4). Accepting despite heightened
 * vigilance needs a motivation and notifies the AML officer(s).
 */
export function ScreeningDecision({ contactId, level }: TProps) {
  const { t } = useTranslation('screening');
  const decide = useScreeningDecision(contactId);
  const [motivation, setMotivation] = useState('');
  const isHeightened = level === 'heightened';
  const send = (decision: 'accept' | 'refuse') => decide.mutate({ decision, motivation: motivation.trim() });
  return (
    <Stack gap="xs" data-testid="screening-decision">
      <Title order={5}>{t('decision.title')}</Title>
      {isHeightened ? (
        <Alert color="orange" variant="light">
          {t('decision.heightenedText')}
        </Alert>
      ) : (
        <Text size="sm">{t('decision.normalText')}</Text>
      )}
      {isHeightened && (
        <Textarea
          name="screeningMotivation"
          label={t('decision.motivation')}
          description={t('decision.motivationHint')}
          required
          autosize
          minRows={2}
          value={motivation}
          error={fieldOrCodeError(t, decide.error, 'motivation', ['motivation_required'])}
          onChange={(e) => setMotivation(e.currentTarget.value)}
        />
      )}
      <ErrorAlert error={decide.error} />
      <Group>
        <Button
          color="green"
          loading={decide.isPending}
          onClick={() => send('accept')}
          data-testid="screening-accept"
        >
          {isHeightened ? t('decision.acceptDespite') : t('decision.accept')}
        </Button>
        <Button
          color="red"
          variant="light"
          loading={decide.isPending}
          onClick={() => send('refuse')}
          data-testid="screening-refuse"
        >
          {t('decision.refuse')}
        </Button>
      </Group>
    </Stack>
  );
}
