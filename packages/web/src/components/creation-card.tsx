import { Button, Paper, Stack, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from './error-alert.tsx';

type TProps = {
  title: string;
  /** The create call (a TanStack mutation): its error is shown above the button, its pending state on it. */
  mutation: { error: unknown; isPending: boolean };
  submitLabel: string;
  canSubmit: boolean;
  submitTestId?: string;
  onSubmit: () => void;
  children: ReactNode;
};

/** A form creating one record, in its own card: title, fields, the create call's error, submit. */
export function CreationCard({
  title,
  mutation,
  submitLabel,
  canSubmit,
  submitTestId,
  onSubmit,
  children,
}: TProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={4}>{title}</Title>
          {children}
          {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
          <Button
            type="submit"
            loading={mutation.isPending}
            disabled={!canSubmit}
            {...(submitTestId ? { 'data-testid': submitTestId } : {})}
          >
            {submitLabel}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
