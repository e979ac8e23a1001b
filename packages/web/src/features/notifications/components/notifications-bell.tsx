import { ActionIcon, Badge, Indicator, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../components/format-date.ts';
import { notificationPath, useMarkNotificationRead, useNotifications } from '../api/notifications.ts';

/** The bell: unread count, the latest notifications, each leading to its case (and marked read). */
export function NotificationsBell() {
  const { t, i18n } = useTranslation('declarations');
  const notifications = useNotifications(true);
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];
  return (
    <Menu position="bottom-end" width={380}>
      <Menu.Target>
        <Indicator
          label={unread}
          size={16}
          color="red"
          disabled={unread === 0}
          offset={4}
          data-testid="notifications-count"
        >
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={t('notifications.title')}
            data-testid="notifications-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown data-testid="notifications">
        <Menu.Label>{t('notifications.title')}</Menu.Label>
        {items.length === 0 && (
          <Text size="sm" c="dimmed" p="xs">
            {t('notifications.empty')}
          </Text>
        )}
        {items.map((n) => (
          <Menu.Item
            key={n.id}
            data-testid="notification"
            onClick={() => {
              if (!n.readAt) markRead.mutate(n.id);
              navigate(notificationPath(n));
            }}
            rightSection={
              n.readAt ? undefined : (
                <Badge size="xs" color="red">
                  {t('notifications.new')}
                </Badge>
              )
            }
          >
            <Text size="sm" fw={n.readAt ? 400 : 600}>
              {t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind })}
            </Text>
            <Text size="xs">{n.title}</Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(n.createdAt, i18n.language)}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
