/**
 * French sentiment: a naive Bayes model (french-model.json) that scripts/train-sentiment.ts trains from labelled French
 * texts. No model ships with Chorus: the French tweets it was first trained on (UMSAB, from DEFT 2017) carry
 * redistribution restrictions, so neither they nor a model made from them are in the repository (see
 * bench/data/sentiment/README.md). Without a model, `frenchModelLoaded` is false and French texts are scored on their
 * emoji and emoticons only. With one, the score is P(positive) − P(negative), in [-1, 1]; the label the most probable.
 *
 * @example scoreFrench("c'est vraiment nul") // { label: 'negative', score: -0.93 } with a model
 */
import { readFileSync } from 'node:fs';
import { optionalDataFile } from './data-file.js';
import { featuresOf } from './features.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

interface FrenchModel {
  labels: [SentimentLabel, SentimentLabel, SentimentLabel];
  priors: [number, number, number];
  weights: Record<string, [number, number, number]>;
}

const modelFile = optionalDataFile('french-model.json');
const model = modelFile ? (JSON.parse(readFileSync(modelFile, 'utf8')) as FrenchModel) : null;
const WEIGHTS = new Map(Object.entries(model?.weights ?? {}));

export const frenchModelLoaded = model !== null;

export function scoreFrench(text: string): { label: SentimentLabel; score: number } {
  if (!model) return { label: 'neutral', score: 0 };
  const sums = [...model.priors];
  for (const feature of featuresOf(text)) {
    const row = WEIGHTS.get(feature);
    if (!row) continue;
    sums[0]! += row[0];
    sums[1]! += row[1];
    sums[2]! += row[2];
  }
  const top = Math.max(...sums);
  const odds = sums.map((sum) => Math.exp(sum - top));
  const total = odds[0]! + odds[1]! + odds[2]!;
  const best = sums.indexOf(top);
  return { label: model.labels[best]!, score: (odds[2]! - odds[0]!) / total };
}
