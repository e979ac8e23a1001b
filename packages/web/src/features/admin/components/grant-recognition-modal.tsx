import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import type { TAdminUser, TRecognitionType } from '@vigilo/domain/contracts/admin.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldOrCodeError } from '../../../components/form-errors.ts';
import { useGrantRecognition } from '../api/admin-users.ts';
import { recognitionLabel } from './recognition-label.ts';

type TProps = { user: TAdminUser; types: TRecognitionType[]; onClose: () => void };

/** Grants one recognition to an account, with the reference that proves it (e.g. the BIV/IPI number). */
export function GrantRecognitionModal({ user, types, onClose }: TProps) {
  const { t, i18n } = useTranslation('admin');
  const grant = useGrantRecognition();
  const held = new Set(user.recognitions.map((r) => r.code));
  const available = types.filter((type) => !held.has(type.code));
  const [code, setCode] = useState<string | null>(available[0]?.code ?? null);
  const [reference, setReference] = useState('');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('accounts.grantTitle', { name: `${user.firstName} ${user.lastName}` })}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (code) grant.mutate({ userId: user.id, code, reference }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <ErrorAlert error={grant.error} />
          <Select
            name="code"
            data-testid="grant-code"
            label={t('accounts.recognition')}
            required
            allowDeselect={false}
            data={available.map((type) => ({
              value: type.code,
              label: recognitionLabel(type, i18n.language, type.code),
            }))}
            value={code}
            error={fieldOrCodeError(t, grant.error, 'code')}
            onChange={setCode}
          />
          <TextInput
            name="reference"
            label={t('accounts.reference')}
            description={t('accounts.referenceHint')}
            value={reference}
            maxLength={100}
            error={fieldOrCodeError(t, grant.error, 'reference')}
            onChange={(e) => setReference(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" disabled={!code} loading={grant.isPending} data-testid="grant-submit">
              {t('accounts.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
