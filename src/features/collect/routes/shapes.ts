/** Response shapes shared by the cascade endpoints. */
import { z } from 'zod';

export const CascadeResponse = z.object({
  metrics: z.object({
    visitors: z.number(),
    visitorsByGeneration: z.array(z.number()).describe('[0] = first generation (came from the link), [1] = their visitors, ...'),
    maxDepth: z.number(),
    amplification: z.number(),
    shares: z.number(),
    sharesPerVisitor: z.number(),
    visitsPerShare: z.number(),
    kFactor: z.number(),
    structuralVirality: z.number(),
  }),
  tree: z.object({
    nodes: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), visits: z.number() })),
    total: z.number(),
    capped: z.boolean().describe('True when only the oldest part of the tree is drawn (metrics always cover all of it)'),
  }),
});
