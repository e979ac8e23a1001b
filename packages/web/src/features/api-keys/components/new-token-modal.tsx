import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The one time the token is shown: copy it now, it cannot be read again. */
export function NewTokenModal({ token, onClose }: { token: string | null; onClose: () => void }) {
  const { t } = useTranslation('api-keys');
  return (
    <Modal opened={token !== null} onClose={onClose} title={t('token.title')} size="lg">
      <Stack>
        <Alert color="yellow">{t('token.once')}</Alert>
        <Code block data-testid="api-key-token">
          {token}
        </Code>
        <Text size="sm">{t('token.usage')}</Text>
        <Group justify="flex-end">
          <CopyButton value={token ?? ''}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? t('token.copied') : t('token.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose}>{t('token.done')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
