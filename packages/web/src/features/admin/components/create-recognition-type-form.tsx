import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorCode, fieldOrCodeError } from '../../../components/form-errors.ts';
import { useCreateRecognitionType } from '../api/recognition-types.ts';

const empty = { code: '', labelFr: '', labelNl: '', labelEn: '', requiredForToolAccess: false };
type TTextField = 'code' | 'labelFr' | 'labelNl' | 'labelEn';

/** A new kind of recognition, named in the three languages. */
export function CreateRecognitionTypeForm() {
  const { t } = useTranslation('admin');
  const create = useCreateRecognitionType();
  const [form, setForm] = useState(empty);
  const text = (field: TTextField) => ({
    name: field,
    label: t(`recognitions.${field}`),
    required: true,
    value: form[field],
    error: fieldOrCodeError(t, create.error, field, field === 'code' ? ['recognition_type_exists'] : []),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setForm({ ...form, [field]: e.currentTarget.value }),
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(form, { onSuccess: () => setForm(empty) });
      }}
    >
      <Stack>
        <Title order={5}>{t('recognitions.addTitle')}</Title>
        {errorCode(create.error) !== 'recognition_type_exists' && <ErrorAlert error={create.error} />}
        <TextInput {...text('code')} description={t('recognitions.codeHint')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput {...text('labelFr')} />
          <TextInput {...text('labelNl')} />
          <TextInput {...text('labelEn')} />
        </SimpleGrid>
        <Checkbox
          label={t('recognitions.required')}
          description={t('recognitions.requiredHint')}
          checked={form.requiredForToolAccess}
          onChange={(e) => setForm({ ...form, requiredForToolAccess: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t('recognitions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
