import { Group, MultiSelect, NumberInput } from '@mantine/core';
import { controlTypes } from '@vigilo/domain/contracts/contacts.ts';
import { useTranslation } from 'react-i18next';
import type { TOwnerDraft } from './contact-draft.ts';
import { LinksEditor } from './links-editor.tsx';

type TProps = {
  items: TOwnerDraft[];
  onChange: (items: TOwnerDraft[]) => void;
  /** Entities are owned by persons or holdings, with shares and control; a person acts for persons. */
  forEntity: boolean;
  selfId?: string;
  errors: string[];
};

/**
 * Beneficial owners: for an entity, natural persons or intermediate entities with their direct share
 * and/or the kind of control (law of 18/09/2017 art. 4, 27°); for a person acting for someone else, the
 * persons for whom they act (law of 18 September 2017 art. 4, 27°).
 */
export function OwnersEditor({ items, onChange, forEntity, selfId, errors }: TProps) {
  const { t } = useTranslation('contacts');
  return (
    <LinksEditor
      title={t('fields.beneficialOwners')}
      description={forEntity ? t('hints.entityBeneficialOwners') : t('hints.personBeneficialOwners')}
      items={items}
      onChange={onChange}
      create={(link): TOwnerDraft => ({ ...link, ownershipPct: '', controls: [] })}
      kind={forEntity ? undefined : 'person'}
      selfId={selfId}
      errors={errors}
      testId="beneficial-owners"
      renderExtra={
        forEntity
          ? (item, update) => (
              <Group grow align="flex-start">
                <NumberInput
                  label={t('fields.ownershipPct')}
                  name="ownershipPct"
                  min={0}
                  max={100}
                  decimalScale={4}
                  suffix=" %"
                  value={item.ownershipPct}
                  onChange={(v) => update({ ownershipPct: typeof v === 'number' ? v : '' })}
                />
                <MultiSelect
                  label={t('fields.controls')}
                  data={controlTypes.map((c) => ({ value: c, label: t(`options.controlType.${c}`) }))}
                  value={item.controls}
                  onChange={(controls) => update({ controls })}
                />
              </Group>
            )
          : undefined
      }
    />
  );
}
