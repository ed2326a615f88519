/**
 * Trains the French tweet sentiment model: a multinomial naive Bayes over presence features (words, word pairs,
 * 3–5 character pieces; src/features/sentiment/features.ts), written as compact JSON beside the engine.
 *
 *   npx tsx scripts/train-sentiment.ts <labelled-french.tsv>
 *
 * No model ships with Chorus, and no French training set: the one this was developed on (the train and validation
 * splits of UMSAB French, from DEFT 2017) carries redistribution restrictions (bench/data/sentiment/README.md). Train
 * on texts you may use; keep a test split apart and measure on it with `npm run bench -- sentiment`. The settings
 * (alpha 0.1, pieces of 3–5 characters, features seen at least twice) were chosen on UMSAB's validation split.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { featuresOf } from '../src/features/sentiment/features.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LABELS = ['negative', 'neutral', 'positive'] as const;
const ALPHA = 0.1;
const MIN_COUNT = 2;

function readLabelled(file: string): Array<{ label: number; text: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const tab = line.indexOf('\t');
      const label = LABELS.indexOf(line.slice(0, tab) as (typeof LABELS)[number]);
      if (label < 0) throw new Error(`${file}: unknown label in "${line.slice(0, 40)}"`);
      return { label, text: line.slice(tab + 1) };
    });
}

// The labelled French texts to learn from (`label<TAB>text` lines): texts you may use. None ship with Chorus.
const source = process.argv[2];
if (!source) {
  console.error('Usage: npx tsx scripts/train-sentiment.ts <labelled-french.tsv>  (lines: negative|neutral|positive or 0|1|2, a tab, the text)');
  process.exit(2);
}
const rows = readLabelled(path.resolve(source));
const counts = new Map<string, [number, number, number]>();
const totals = [0, 0, 0];
const documents = [0, 0, 0];
for (const { label, text } of rows) {
  documents[label]! += 1;
  for (const feature of featuresOf(text)) {
    let row = counts.get(feature);
    if (!row) counts.set(feature, (row = [0, 0, 0]));
    row[label]! += 1;
    totals[label]! += 1;
  }
}
const vocabulary = counts.size;
const weights: Record<string, number[]> = {};
for (const [feature, row] of counts) {
  if (row[0] + row[1] + row[2] < MIN_COUNT) continue;
  const logs = row.map((count, c) => Math.log((count + ALPHA) / (totals[c]! + ALPHA * vocabulary)));
  // Only differences between classes matter to the posterior, so each row is centred: smaller numbers, same model.
  const mean = (logs[0]! + logs[1]! + logs[2]!) / 3;
  weights[feature] = logs.map((value) => Math.round((value - mean) * 100) / 100);
}
const priors = documents.map((count) => Math.round(Math.log(count / rows.length) * 1000) / 1000);
const model = {
  about:
    'French tweet sentiment, multinomial naive Bayes trained by scripts/train-sentiment.ts on the French train and ' +
    'validation splits of UMSAB (cardiffnlp/xlm-t, from DEFT 2017); see bench/data/sentiment/README.md for licences.',
  labels: LABELS,
  priors,
  weights,
};
const out = path.join(root, 'src/features/sentiment/french-model.json');
writeFileSync(out, JSON.stringify(model) + '\n');
console.log(`${rows.length} texts, ${Object.keys(weights).length} of ${vocabulary} features kept → ${out}`);
