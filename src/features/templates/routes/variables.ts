/**
 * Variables: `GET|POST /api/v1/workspaces/{ws}/variables`, `PATCH|DELETE …/variables/{variableId}`. A value belongs
 * to the workspace, a channel or a segment (the most specific wins when a post is filled). Every member reads them;
 * editors and above write them. Kept together like hashtag-groups.ts.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { createVariable, listVariables, removeVariable, updateVariable } from '../variables.js';
import { templateErrors, Variable, VariableInput } from './schemas.js';

const tags = ['templates'];
const url = '/api/v1/workspaces/:ws/variables' as const;

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    { method: 'GET', url, role: 'viewer', schema: { tags, summary: 'List variables at every scope', response: { 200: z.object({ variables: z.array(Variable) }) } } },
    async ({ access }) => ({ variables: await listVariables(ctx, access) }),
  );
  workspaceRoute(
    app,
    ctx,
    { method: 'POST', url, role: 'editor', status: 201, schema: { tags, summary: 'Give a variable a value', body: VariableInput, response: { 201: Variable, ...templateErrors } } },
    async ({ access, body }) => createVariable(ctx, access, body),
  );
  workspaceRoute(
    app,
    ctx,
    {
      method: 'PATCH',
      url: `${url}/:variableId`,
      role: 'editor',
      ids: { variableId: 'Variable' },
      schema: { tags, summary: "Change a variable's value", body: VariableInput.pick({ value: true }), response: { 200: Variable } },
    },
    async ({ access, params, body }) => updateVariable(ctx, access, params.variableId, body.value),
  );
  workspaceRoute(
    app,
    ctx,
    { method: 'DELETE', url: `${url}/:variableId`, role: 'editor', status: 204, ids: { variableId: 'Variable' }, schema: { tags, summary: 'Remove a variable', response: { 204: z.null() } } },
    async ({ access, params }) => {
      await removeVariable(ctx, access, params.variableId);
      return null;
    },
  );
};

export default route;
