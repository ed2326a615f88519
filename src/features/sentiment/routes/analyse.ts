/**
 * `POST /api/v1/workspaces/{ws}/sentiment`: the language and sentiment of 1 to 1,000 short texts, answered in the
 * same order. Every member may call it; nothing is stored and nothing leaves the server (the models are local).
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/http.js';
import { workspaceRoute } from '../../workspaces/route.js';
import { analyseTexts } from '../analyse.js';

export const MAX_TEXTS = 1_000;
export const MAX_TEXT_LENGTH = 10_000;

const Body = z.object({
  // The shared validation answer names the field and the limit ("texts.3" … at most 10000 characters long).
  texts: z.array(z.string().max(MAX_TEXT_LENGTH)).min(1).max(MAX_TEXTS),
});

const Result = z.object({
  label: z.enum(['positive', 'neutral', 'negative']),
  score: z.number().min(-1).max(1).describe('From -1 (most negative) to 1 (most positive)'),
  language: z.enum(['en', 'fr', 'unknown']).describe('Detected; `unknown` for other languages or too little text, then neutral'),
});

const route: RouteModule = (app, ctx) => {
  workspaceRoute(
    app,
    ctx,
    {
      method: 'POST',
      url: '/api/v1/workspaces/:ws/sentiment',
      role: 'viewer',
      schema: {
        tags: ['sentiment'],
        summary: 'Language and sentiment of texts',
        description:
          'English and French are scored; other languages answer `unknown` and neutral. 1 to 1,000 texts of at most ' +
          '10,000 characters each, answered in the order sent. The request body is limited to 2 MB in all.',
        body: Body,
        response: { 200: z.object({ results: z.array(Result) }) },
      },
    },
    async ({ body }) => ({
      results: analyseTexts(body.texts).map(({ label, score, language }) => ({ label, score, language })),
    }),
  );
};

export default route;
