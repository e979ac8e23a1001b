import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TCriterionDraft } from './policy-draft.ts';

type TProps = {
  value: TCriterionDraft[];
  onChange: (value: TCriterionDraft[]) => void;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
};

const subjects = ['contact-buyer', 'contact-seller', 'transaction'] as const;
const languages = ['fr', 'nl', 'en'] as const;

/**
 * The agency's own objective criteria (2022 regulation): each becomes a yes/no question, in the three
 * languages, in the questionnaires it applies to.
 */
export function AgencyCriteriaEditor({ value, onChange, readOnly, errorOf }: TProps) {
  const { t } = useTranslation('policy');
  const update = (index: number, patch: Partial<TCriterionDraft>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <Stack data-testid="agency-criteria">
      {value.length === 0 && <Text c="dimmed">{t('criteria.empty')}</Text>}
      {value.map((criterion, index) => {
        const at = (field: string) => errorOf(`policy.agencyCriteria.${index}.${field}`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: criteria have no id until they have a code
          <Paper key={index} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between" align="flex-start">
                <TextInput
                  label={t('criteria.code')}
                  description={t('criteria.codeHint')}
                  value={criterion.code}
                  readOnly={readOnly}
                  error={at('code')}
                  onChange={(e) => update(index, { code: e.currentTarget.value })}
                />
                {!readOnly && (
                  <CloseButton
                    aria-label={t('criteria.remove')}
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  />
                )}
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                {languages.map((lang) => (
                  <TextInput
                    key={lang}
                    label={t(`criteria.label.${lang}`)}
                    value={criterion.label[lang]}
                    readOnly={readOnly}
                    error={at(`label.${lang}`)}
                    onChange={(e) =>
                      update(index, { label: { ...criterion.label, [lang]: e.currentTarget.value } })
                    }
                  />
                ))}
              </SimpleGrid>
              <Group align="flex-end">
                <NumberInput
                  label={t('criteria.weight')}
                  min={0}
                  max={100}
                  allowDecimal={false}
                  readOnly={readOnly}
                  value={criterion.weight}
                  error={at('weight')}
                  onChange={(v) => update(index, { weight: typeof v === 'number' ? v : 0 })}
                />
                <MultiSelect
                  style={{ flex: 1 }}
                  label={t('criteria.appliesTo')}
                  data={subjects.map((s) => ({ value: s, label: t(`criteria.subjects.${s}`) }))}
                  value={criterion.appliesTo}
                  readOnly={readOnly}
                  error={at('appliesTo')}
                  onChange={(appliesTo) => update(index, { appliesTo })}
                />
                <Checkbox
                  label={t('criteria.forcesHeightened')}
                  checked={criterion.forcesHeightened}
                  disabled={readOnly}
                  onChange={(e) => update(index, { forcesHeightened: e.currentTarget.checked })}
                />
              </Group>
            </Stack>
          </Paper>
        );
      })}
      {!readOnly && (
        <Group>
          <Button
            variant="light"
            onClick={() =>
              onChange([
                ...value,
                {
                  code: '',
                  label: { fr: '', nl: '', en: '' },
                  weight: 5,
                  forcesHeightened: false,
                  appliesTo: ['contact-buyer', 'contact-seller'],
                },
              ])
            }
          >
            {t('criteria.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
