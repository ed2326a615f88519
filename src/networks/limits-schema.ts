/** `NetworkLimits` as a zod schema: the API documents it and connectors read stored limits back with it. */
import { z } from 'zod';
import type { NetworkLimits } from './connector.js';

export const NetworkLimitsSchema = z.object({
  maxGraphemes: z.number(),
  maxBytes: z.number().optional(),
  urlLength: z.number().optional(),
  maxImages: z.number(),
  maxImageBytes: z.number(),
  maxVideos: z.number(),
  maxVideoBytes: z.number(),
  allowMixedMedia: z.boolean(),
  acceptedImageTypes: z.array(z.string()),
  acceptedVideoTypes: z.array(z.string()),
  rate: z.object({ requests: z.number(), perSeconds: z.number() }),
  images: z
    .object({
      formats: z.array(z.string()),
      maxBytes: z.number(),
      maxWidth: z.number().optional(),
      maxHeight: z.number().optional(),
      maxPixels: z.number().optional(),
      minWidth: z.number().optional(),
      minHeight: z.number().optional(),
    })
    .optional(),
});

// Compile-time check that the schema and the interface describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _same: Same<z.infer<typeof NetworkLimitsSchema>, NetworkLimits> = true;
void _same;
