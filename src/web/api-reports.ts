/**
 * Scheduled analytics reports by email. Same conventions as api.ts (typed calls through api/client.ts; every type is
 * read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type ReportSchedules = Answer<'/api/v1/workspaces/{ws}/report-schedules', 'get'>;
export type ReportSchedule = ReportSchedules['schedules'][number];
export type ReportScheduleInput = Input<'/api/v1/workspaces/{ws}/report-schedules', 'post'>;

const inSchedule = (ws: string, scheduleId: string) => ({ params: { path: { ws, scheduleId } } });

export const reportsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/report-schedules', { params: { path: { ws } } })),
  create: (ws: string, body: ReportScheduleInput) => answer(client.POST('/api/v1/workspaces/{ws}/report-schedules', { params: { path: { ws } }, body })),
  remove: (ws: string, scheduleId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/report-schedules/{scheduleId}', inSchedule(ws, scheduleId))),
  sendNow: (ws: string, scheduleId: string) => answer(client.POST('/api/v1/workspaces/{ws}/report-schedules/{scheduleId}/send', inSchedule(ws, scheduleId))),
};
