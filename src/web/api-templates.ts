/**
 * Templates, hashtag groups, variables and channel signatures. Same conventions as api.ts (typed calls through
 * api/client.ts; every type is read from the server's OpenAPI document).
 */
import { answer, client, done } from './api/client';
import type { Answer, Input } from './api/types';

export type Template = Answer<'/api/v1/workspaces/{ws}/templates', 'get'>['templates'][number];
export type TemplateInput = Input<'/api/v1/workspaces/{ws}/templates', 'post'>;
export type FillInput = Input<'/api/v1/workspaces/{ws}/templates/{templateId}/fill', 'post'>;
export type HashtagGroup = Answer<'/api/v1/workspaces/{ws}/hashtag-groups', 'get'>['groups'][number];
export type HashtagGroupInput = Input<'/api/v1/workspaces/{ws}/hashtag-groups', 'post'>;
export type Variable = Answer<'/api/v1/workspaces/{ws}/variables', 'get'>['variables'][number];
export type VariableInput = Input<'/api/v1/workspaces/{ws}/variables', 'post'>;

const inTemplate = (ws: string, templateId: string) => ({ params: { path: { ws, templateId } } });
const inGroup = (ws: string, groupId: string) => ({ params: { path: { ws, groupId } } });
const inVariable = (ws: string, variableId: string) => ({ params: { path: { ws, variableId } } });
const inChannel = (ws: string, channelId: string) => ({ params: { path: { ws, channelId } } });

export const templatesApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/templates', { params: { path: { ws } } })),
  create: (ws: string, body: TemplateInput) => answer(client.POST('/api/v1/workspaces/{ws}/templates', { params: { path: { ws } }, body })),
  update: (ws: string, templateId: string, body: Partial<TemplateInput>) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/templates/{templateId}', { ...inTemplate(ws, templateId), body })),
  remove: (ws: string, templateId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/templates/{templateId}', inTemplate(ws, templateId))),
  fill: (ws: string, templateId: string, body: FillInput) =>
    answer(client.POST('/api/v1/workspaces/{ws}/templates/{templateId}/fill', { ...inTemplate(ws, templateId), body })),
};

export const hashtagGroupsApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/hashtag-groups', { params: { path: { ws } } })),
  create: (ws: string, body: HashtagGroupInput) => answer(client.POST('/api/v1/workspaces/{ws}/hashtag-groups', { params: { path: { ws } }, body })),
  update: (ws: string, groupId: string, body: Partial<HashtagGroupInput>) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/hashtag-groups/{groupId}', { ...inGroup(ws, groupId), body })),
  remove: (ws: string, groupId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/hashtag-groups/{groupId}', inGroup(ws, groupId))),
};

export const variablesApi = {
  list: (ws: string) => answer(client.GET('/api/v1/workspaces/{ws}/variables', { params: { path: { ws } } })),
  create: (ws: string, body: VariableInput) => answer(client.POST('/api/v1/workspaces/{ws}/variables', { params: { path: { ws } }, body })),
  update: (ws: string, variableId: string, value: string) =>
    answer(client.PATCH('/api/v1/workspaces/{ws}/variables/{variableId}', { ...inVariable(ws, variableId), body: { value } })),
  remove: (ws: string, variableId: string) => done(client.DELETE('/api/v1/workspaces/{ws}/variables/{variableId}', inVariable(ws, variableId))),
};

export const signatureApi = {
  get: (ws: string, channelId: string) => answer(client.GET('/api/v1/workspaces/{ws}/channels/{channelId}/signature', inChannel(ws, channelId))),
  put: (ws: string, channelId: string, text: string) =>
    answer(client.PUT('/api/v1/workspaces/{ws}/channels/{channelId}/signature', { ...inChannel(ws, channelId), body: { text } })),
};
