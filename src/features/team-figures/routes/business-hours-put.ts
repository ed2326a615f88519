/** `PUT /api/v1/workspaces/{ws}/inbox/business-hours` (admins and owners): replaces the business hours, audited. */
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { saveBusinessHours } from '../service.js';
import { BusinessHours, BusinessHoursInput, hoursErrors } from './schemas.js';

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PUT',
      url: '/api/v1/workspaces/:ws/inbox/business-hours',
      role: 'admin',
      schema: {
        tags: ['inbox'],
        summary: 'Set the business hours the team figures count in',
        body: BusinessHoursInput,
        response: { 200: BusinessHours, ...hoursErrors },
      },
    },
    async ({ access, body }) => saveBusinessHours(ctx, access, body),
  );
};

export default route;
