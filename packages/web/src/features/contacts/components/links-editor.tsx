import { Badge, CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TLinkDraft } from './contact-draft.ts';
import { ContactPicker } from './contact-picker.tsx';

type TProps<T extends TLinkDraft> = {
  title: string;
  description?: string;
  items: T[];
  onChange: (items: T[]) => void;
  /** Turns a picked contact into a list item (with its share, power…). */
  create: (link: TLinkDraft) => T;
  kind?: 'person';
  /** The contact being edited can never be linked to itself. */
  selfId?: string;
  errors: string[];
  testId: string;
  renderExtra?: (item: T, update: (patch: Partial<T>) => void, index: number) => ReactNode;
};

/** A list of linked contacts (beneficial owners, mandataries, officials) with a picker to add one. */
export function LinksEditor<T extends TLinkDraft>({ items, onChange, ...props }: TProps<T>) {
  const { t } = useTranslation('contacts');
  const update = (index: number, patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <Stack gap="xs" data-testid={props.testId}>
      <div>
        <Text fw={500}>{props.title}</Text>
        {props.description && (
          <Text size="sm" c="dimmed">
            {props.description}
          </Text>
        )}
      </div>
      {items.map((item, index) => (
        <Paper key={item.contactId} withBorder p="xs" data-testid={`${props.testId}-item`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={6} style={{ flex: 1 }}>
              <Group gap="xs">
                <Text fw={500}>{item.displayName}</Text>
                <Badge size="xs" variant="light">
                  {t(`options.kind.${item.kind}`)}
                </Badge>
              </Group>
              {props.renderExtra?.(item, (patch) => update(index, patch), index)}
            </Stack>
            <CloseButton
              aria-label={t('links.remove', { name: item.displayName })}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            />
          </Group>
        </Paper>
      ))}
      {props.errors.map((message) => (
        <Text key={message} size="sm" c="red" role="alert">
          {message}
        </Text>
      ))}
      <ContactPicker
        label={t('links.add')}
        kind={props.kind}
        excludeIds={[...items.map((i) => i.contactId), ...(props.selfId ? [props.selfId] : [])]}
        onPick={(link) => onChange([...items, props.create(link)])}
        testId={`${props.testId}-picker`}
      />
    </Stack>
  );
}
