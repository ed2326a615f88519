/** `GET /api/v1/workspaces/{ws}/segments/presets` (viewers and above): segments to start from. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { SEGMENT_PRESETS } from '../presets.js';

const Preset = z.object({
  id: z.string().describe('e.g. continent.europe, language.fr, climate.hot, season.southern-summer'),
  group: z.enum(['continent', 'language', 'climate', 'season']),
  name: z.string(),
  description: z.string(),
  when: z.unknown(),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'GET',
      url: '/api/v1/workspaces/:ws/segments/presets',
      role: 'viewer',
      schema: { tags: ['segments'], summary: 'Segments to start from: continents, languages, hot now, cold now, southern summer', response: { 200: z.object({ presets: z.array(Preset) }) } },
    },
    async () => ({ presets: [...SEGMENT_PRESETS] }),
  );
};

export default route;
