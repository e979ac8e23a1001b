import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateOrganisationForm } from './create-organisation-form.tsx';
import { JoinOrganisationForm } from './join-organisation-form.tsx';

export type TAddMode = 'create' | 'join';

/**
 * "Add an organisation": create it (I become its manager) or join it (a manager confirms me). The
 * enterprise number typed in one mode is kept when switching, since a refusal often says "use the other".
 */
export function AddOrganisationPanel({
  onDone,
  initialMode = 'create',
}: {
  onDone?: (mode: TAddMode) => void;
  initialMode?: TAddMode;
}) {
  const { t } = useTranslation('organisations');
  const [mode, setMode] = useState<TAddMode>(initialMode);
  const [enterpriseNumber, setEnterpriseNumber] = useState('');
  const numberState = { enterpriseNumber, setEnterpriseNumber };
  return (
    <Paper p="lg" withBorder>
      <Stack>
        <Title order={4}>{t('add.title')}</Title>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value as TAddMode)}
          data={[
            { value: 'create', label: t('add.create') },
            { value: 'join', label: t('add.join') },
          ]}
        />
        <Text size="sm" c="dimmed">
          {mode === 'create' ? t('add.createIntro') : t('add.joinIntro')}
        </Text>
        {mode === 'create' ? (
          <CreateOrganisationForm
            {...numberState}
            onSwitchToJoin={() => setMode('join')}
            onDone={() => onDone?.('create')}
          />
        ) : (
          <JoinOrganisationForm
            {...numberState}
            onSwitchToCreate={() => setMode('create')}
            onDone={() => onDone?.('join')}
          />
        )}
      </Stack>
    </Paper>
  );
}
