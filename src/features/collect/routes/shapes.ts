/** Shapes shared by the cascade and conversion endpoints. */
import { z } from 'zod';
import { IsoDate } from '../../../core/http.js';

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

export const ConversionQuery = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });
const Group = z.object({ count: z.number(), values: z.array(z.object({ currency: z.string(), sum: z.string().describe('Exact decimal') })) });
export const ConversionReport = z.object({
  from: z.date(),
  to: z.date(),
  total: Group,
  byName: z.array(Group.extend({ name: z.string() })),
  byNetwork: z.array(Group.extend({ network: z.string().describe('"none" when the link is not tied to a network') })),
});
