import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useStepDown } from '../api/aml-status.ts';

type TTarget = 'collaborator' | 'none';

/** An officer steps down, to agency collaborator or to no access; the last officer cannot. */
export function StepDownActions() {
  const { t } = useTranslation('aml');
  const stepDown = useStepDown();
  const [target, setTarget] = useState<TTarget | null>(null);
  const close = () => {
    setTarget(null);
    stepDown.reset();
  };
  return (
    <>
      <Group>
        <Button
          variant="default"
          onClick={() => setTarget('collaborator')}
          data-testid="step-down-collaborator"
        >
          {t('stepDown.toCollaborator')}
        </Button>
        <Button variant="default" color="red" onClick={() => setTarget('none')} data-testid="step-down-none">
          {t('stepDown.toNone')}
        </Button>
      </Group>
      <Modal opened={target !== null} onClose={close} title={t('stepDown.title')}>
        <Stack>
          <Text size="sm">
            {target === 'none' ? t('stepDown.confirmNone') : t('stepDown.confirmCollaborator')}
          </Text>
          <ErrorAlert error={stepDown.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={stepDown.isPending}
              onClick={() => target && stepDown.mutate({ to: target }, { onSuccess: close })}
              data-testid="step-down-submit"
            >
              {t('stepDown.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
