import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type TProps = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  loading?: boolean;
  /** Red by default (the action takes something away); a final acceptance confirms in green. */
  confirmColor?: string;
  onCancel: () => void;
  onConfirm: () => void;
};

/** "Are you sure?" before an action that takes something away. */
export function ConfirmModal({
  opened,
  title,
  text,
  confirmLabel,
  loading,
  confirmColor = 'red',
  onCancel,
  onConfirm,
}: TProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={confirmColor}
            loading={loading}
            onClick={onConfirm}
            data-testid="confirm-modal-submit"
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
