import {
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate } from '../../../components/format-date.ts';
import { ContactDataView } from '../../contacts/components/contact-data-view.tsx';
import { useClientLinkReview, useReviewClientLink } from '../api/client-links.ts';

/** The client's submission beside the contact's current data: accept it, or send it back with a comment. */
export function ClientLinkReviewPage() {
  const { t, i18n } = useTranslation('client-links');
  const id = useParams().clientLinkId ?? '';
  const review = useClientLinkReview(id);
  const decide = useReviewClientLink(id);
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  if (!review.data)
    return review.error ? (
      <ErrorAlert error={review.error} />
    ) : (
      <Center mt="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  const { submission, current } = review.data;
  return (
    <Stack maw={1200} mx="auto">
      <Title order={2}>{t('review.title')}</Title>
      {submission && (
        <Text size="sm" data-testid="client-link-confirmation">
          {t('review.confirmedBy', {
            name: submission.confirmation.name,
            date: formatDate(submission.confirmation.date, i18n.language),
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('review.current')}
          </Title>
          {current ? (
            <ContactDataView data={current} linkedContacts={[]} />
          ) : (
            <Text c="dimmed">{t('review.newContact')}</Text>
          )}
        </Paper>
        <Paper withBorder p="md" data-testid="client-link-submission">
          <Title order={4} mb="sm">
            {t('review.submitted')}
          </Title>
          {submission && <ContactDataView data={submission.data} linkedContacts={[]} />}
        </Paper>
      </SimpleGrid>
      <ErrorAlert error={decide.error} />
      <Group align="end">
        <Button
          color="green"
          loading={decide.isPending}
          onClick={() =>
            decide.mutate(
              { decision: 'accept' },
              { onSuccess: (link) => navigate(`/contacts/${link.contactId}`) },
            )
          }
          data-testid="client-link-accept"
        >
          {t('review.accept')}
        </Button>
        <Textarea
          label={t('review.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          w={400}
          data-testid="client-link-comment"
        />
        <Button
          variant="light"
          disabled={!comment.trim()}
          onClick={() =>
            decide.mutate({ decision: 'return', comment }, { onSuccess: () => navigate('/client-links') })
          }
          data-testid="client-link-return"
        >
          {t('review.return')}
        </Button>
      </Group>
    </Stack>
  );
}
