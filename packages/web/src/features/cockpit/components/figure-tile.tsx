import { Anchor, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type TProps = {
  testId: string;
  label: string;
  value: number | string;
  to: string;
  hint?: ReactNode;
  /** Draws attention when the figure calls for action (e.g. overdue reviews). */
  isAlert?: boolean;
};

/** One figure of the cockpit: a label, a large number, and a link to the list behind it. */
export function FigureTile({ testId, label, value, to, hint, isAlert = false }: TProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Anchor
          component={Link}
          to={to}
          fz={32}
          fw={700}
          c={isAlert ? 'red' : undefined}
          data-testid={`cockpit-figure-${testId}`}
        >
          {value}
        </Anchor>
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
