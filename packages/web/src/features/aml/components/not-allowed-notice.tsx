import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The tool is open only to organisations whose enterprise number the supervisor registered with the
 * administrator (the existing service's rule); nothing else can be done until then.
 */
export function NotAllowedNotice({ enterpriseNumber }: { enterpriseNumber: string }) {
  const { t } = useTranslation('aml');
  return (
    <Alert color="red" title={t('notAllowed.title')} data-testid="aml-not-allowed">
      <Text size="sm">{t('notAllowed.text', { number: enterpriseNumber })}</Text>
      <List size="sm" mt="sm">
        <List.Item>{t('notAllowed.stepSupervisor')}</List.Item>
        <List.Item>{t('notAllowed.stepSupport')}</List.Item>
      </List>
    </Alert>
  );
}
