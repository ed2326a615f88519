/**
 * Early warning: alert rules and the alerts they fired. Same conventions as api.ts (typed calls through api/client.ts;
 * every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type AlertRule = Answer<'/api/v1/workspaces/{ws}/alert-rules', 'get'>['rules'][number];
export type AlertRuleInput = Input<'/api/v1/workspaces/{ws}/alert-rules', 'post'>;
export type AlertRuleKind = AlertRule['kind'];
export type Alert = Answer<'/api/v1/workspaces/{ws}/alerts', 'get'>['alerts'][number];

const inWs = (ws: string) => ({ params: { path: { ws } } });
const inRule = (ws: string, ruleId: string) => ({ params: { path: { ws, ruleId } } });

export const alertsApi = {
  rules: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/alert-rules', inWs(ws))),
  createRule: (ws: string, body: AlertRuleInput) => answer(client.POST('/api/v1/workspaces/{ws}/alert-rules', { ...inWs(ws), body })),
  updateRule: (ws: string, ruleId: string, body: Input<'/api/v1/workspaces/{ws}/alert-rules/{ruleId}', 'patch'>) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/alert-rules/{ruleId}', { ...inRule(ws, ruleId), body })),
  removeRule: (ws: string, ruleId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/alert-rules/{ruleId}', inRule(ws, ruleId))),
  alerts: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/alerts', inWs(ws))),
};
