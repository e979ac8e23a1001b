import { Checkbox, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { ZQuestionView } from '@vigilo/domain/contracts/risk.ts';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DateField } from '../../../components/date-field.tsx';
import { CountrySelect } from '../../contacts/components/country-select.tsx';

export type TQuestion = z.infer<typeof ZQuestionView>;
type TValue = boolean | string | number | string[] | undefined;

type TProps = {
  question: TQuestion;
  value: TValue;
  /** `immediate` for ticks and choices; typed answers are saved once typing pauses. */
  onChange: (value: TValue, immediate: boolean) => void;
  error?: string;
  readOnly: boolean;
};

/** The label of a question: the catalog text, or the agency's own text for its criteria. */
export function useQuestionLabel() {
  const { t, i18n } = useTranslation('risk');
  return (question: TQuestion) =>
    question.labelText ? question.labelText[i18n.language as TLanguage] : t(question.labelKey);
}

/** One question of a risk questionnaire, with the input its kind calls for (mostly a yes/no tick). */
export function QuestionInput({ question, value, onChange, error, readOnly }: TProps) {
  const { t } = useTranslation('risk');
  const labelOf = useQuestionLabel();
  const common = {
    label: labelOf(question),
    description: question.helpKey ? t(question.helpKey) : undefined,
    error,
    required: question.required,
  };
  switch (question.kind) {
    case 'yes-no':
      return (
        <Radio.Group
          {...common}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          onChange={(v) => onChange(v === 'yes', true)}
        >
          <Group mt="xs">
            <Radio
              value="yes"
              label={t('risk.yes')}
              disabled={readOnly}
              data-testid={`q-${question.id}-yes`}
            />
            <Radio value="no" label={t('risk.no')} disabled={readOnly} data-testid={`q-${question.id}-no`} />
          </Group>
        </Radio.Group>
      );
    case 'single-choice':
      return (
        <Radio.Group
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(v) => onChange(v, true)}
        >
          <Stack gap={6} mt="xs">
            {question.options?.map((o) => (
              <Radio
                key={o.value}
                value={o.value}
                label={t(o.labelKey)}
                disabled={readOnly}
                data-testid={`q-${question.id}-${o.value}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multi-choice':
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onChange(v.length ? v : undefined, true)}
        >
          <Stack gap={6} mt="xs">
            {question.options?.map((o) => (
              <Checkbox
                key={o.value}
                value={o.value}
                label={t(o.labelKey)}
                disabled={readOnly}
                data-testid={`q-${question.id}-${o.value}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'amount':
      return (
        <NumberInput
          {...common}
          readOnly={readOnly}
          prefix="€ "
          decimalScale={2}
          min={0}
          thousandSeparator=" "
          value={typeof value === 'number' ? value / 100 : ''}
          onChange={(v) => onChange(typeof v === 'number' ? Math.round(v * 100) : undefined, false)}
        />
      );
    case 'country':
      return (
        <CountrySelect
          {...common}
          readOnly={readOnly}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? undefined, true)}
        />
      );
    case 'date':
      return (
        <DateField
          {...common}
          readOnly={readOnly}
          value={typeof value === 'string' ? value : ''}
          onChange={(day) => onChange(day || undefined, false)}
        />
      );
    case 'iban':
      return (
        <TextInput
          {...common}
          readOnly={readOnly}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined, false)}
        />
      );
    default:
      return (
        <Textarea
          {...common}
          readOnly={readOnly}
          autosize
          minRows={2}
          name={question.id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value || undefined, false)}
        />
      );
  }
}
