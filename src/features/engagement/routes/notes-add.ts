/** `POST /api/v1/workspaces/{ws}/engagements/{engagementId}/notes {text}`: adds an internal note (editors and above). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { addNote } from '../inbox-service.js';
import { Note, NoteText } from './inbox-schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/engagements/:engagementId/notes',
      role: 'editor',
      status: 201,
      ids: { engagementId: 'Engagement' },
      schema: { tags: ['inbox'], summary: 'Add an internal note to an item', body: z.object({ text: NoteText }), response: { 201: Note } },
    },
    async ({ access, params, body }) => addNote(ctx, access, params.engagementId, body.text),
  );
};

export default route;
