/** `GET /api/v1/workspaces/{ws}/notifications`: the caller's own notifications in the workspace, unread first. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { listNotifications } from '../service.js';

export const Notification = z.object({
  id: z.string(),
  kind: z.string().describe('What happened, e.g. post.note.mention'),
  actor: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable().describe('Who did it'),
  targetType: z.string().describe('What it is about, e.g. post'),
  targetId: z.string(),
  data: z.record(z.string(), z.unknown()).describe('What the kind needs to be worded, e.g. {noteId, excerpt}'),
  read: z.boolean(),
  createdAt: z.date(),
});

export const NotificationList = z.object({ unread: z.number().int(), notifications: z.array(Notification) });

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/notifications',
      role: 'viewer',
      schema: { tags: ['notifications'], summary: 'My notifications (the latest 50, unread first)', response: { 200: NotificationList } },
    },
    async ({ access }) => listNotifications(ctx, access),
  );
};

export default route;
