import { ZOk } from '@vigilo/domain/contracts/common.ts';
import { ZNotificationIdParams, ZNotificationsResponse } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { notifications } from './notifications.schema.ts';
import { listNotifications, markRead } from './notifications.service.ts';

registerOwnershipRule('notificationId', notifications);

/** A member's notifications and marking one read. */
export const notificationsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/notifications',
    {
      config: { access: 'orgMember' },
      schema: { tags: ['notifications'], response: { 200: ZNotificationsResponse } },
    },
    async (request) => listNotifications(ctx, requireActor(request)),
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      config: { access: 'orgMember' },
      schema: { tags: ['notifications'], params: ZNotificationIdParams, response: { 200: ZOk } },
    },
    async (request) => {
      if (!(await markRead(ctx, requireActor(request), request.params.notificationId)))
        throw new AppError('not_found');
      return { ok: true as const };
    },
  );
};
