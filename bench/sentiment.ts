/**
 * Sentiment quality and speed on labelled tweets held out from training (bench/data/sentiment, README there):
 * - English: Pearson r with the mean human rating of VADER's 4,200 tweets (its paper: r = 0.881), and accuracy and
 *   macro-F1 on UMSAB's English test split;
 * - French: accuracy and macro-F1 on UMSAB's French test split (290 tweets per class, so chance is 0.33);
 * - texts per second of CPU time over all of them, one thread.
 * Baselines in the same run: VADER itself (vader-sentiment, no language detection, ±0.05 thresholds) on English,
 * and the same English lexicon applied to French.
 */
import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vader from 'vader-sentiment';
import { frenchModelLoaded } from '../src/features/sentiment/french.js';
import { analyseText } from '../src/features/sentiment/analyse.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const LABELS = ['negative', 'neutral', 'positive'] as const;
type Label = (typeof LABELS)[number];
interface Scored { label: Label; score: number }

/**
 * Labelled sets that cannot ship with Chorus (UMSAB's English and French test tweets: see data/sentiment/README.md)
 * are read from BENCH_SENTIMENT_DATA when it names a folder holding them; without it they are left out ("—").
 */
const extraData = process.env.BENCH_SENTIMENT_DATA;

async function rows(file: string, folder = path.join(here, 'data/sentiment')): Promise<Array<[string, string]>> {
  const text = await readFile(path.join(folder, file), 'utf8');
  return text.split('\n').filter((line) => line.includes('\t')).map((line) => [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)]);
}

function vaderBaseline(text: string): Scored {
  const score = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  return { label: score >= 0.05 ? 'positive' : score <= -0.05 ? 'negative' : 'neutral', score };
}

function classification(data: Array<[string, string]>, scorer: (text: string) => Scored): { accuracy: number; macroF1: number } {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  for (const [gold, text] of data) confusion[LABELS.indexOf(gold as Label)]![LABELS.indexOf(scorer(text).label)]! += 1;
  let f1 = 0;
  for (let c = 0; c < 3; c++) {
    const hit = confusion[c]![c]!;
    const predicted = confusion.reduce((sum, row) => sum + row[c]!, 0);
    const actual = confusion[c]!.reduce((sum, n) => sum + n, 0);
    const precision = predicted ? hit / predicted : 0;
    const recall = actual ? hit / actual : 0;
    f1 += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  return { accuracy: confusion.reduce((sum, row, c) => sum + row[c]!, 0) / data.length, macroF1: f1 / 3 };
}

function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0, sxx = 0, syy = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i]! - my);
    sxx += (x - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Texts per second of this process's CPU time, not of the wall clock: the machine is shared, and a busy neighbour
 * would otherwise halve the figure. One pass over the texts warms the code up first.
 */
function textsPerCpuSecond(texts: string[], scorer: (text: string) => unknown): number {
  for (const text of texts) scorer(text);
  const started = process.cpuUsage();
  const wall = performance.now();
  let done = 0;
  while (performance.now() - wall < 3000) {
    for (const text of texts) scorer(text);
    done += texts.length;
  }
  const used = process.cpuUsage(started);
  return done / ((used.user + used.system) / 1e6);
}

const vaderTweets = await rows('en-vader-tweets.tsv');
const englishTest = extraData ? await rows('en-umsab-test.tsv', extraData) : [];
const frenchTest = extraData ? await rows('fr-umsab-test.tsv', extraData) : [];
const ratings = vaderTweets.map(([rating]) => Number(rating));
const all = [...vaderTweets, ...englishTest, ...frenchTest].map(([, text]) => text);

const count = (list: unknown[]) => list.length.toLocaleString('en');
const systems = [
  { name: 'chorus (language detected)', scorer: analyseText as (text: string) => Scored },
  { name: 'baseline: VADER, English lexicon on every text', scorer: vaderBaseline },
];
const lines = [
  `| system | EN r, VADER tweets (${count(vaderTweets)}) | EN accuracy / macro-F1, UMSAB test (${count(englishTest)}) | FR accuracy / macro-F1, UMSAB test (${count(frenchTest)}) | texts per CPU second, all ${count(all)} |`,
  '| --- | --- | --- | --- | --- |',
];
for (const { name, scorer } of systems) {
  const r = pearson(vaderTweets.map(([, text]) => scorer(text).score), ratings);
  const cell = (data: Array<[string, string]>) => {
    if (data.length === 0) return '— (BENCH_SENTIMENT_DATA unset)';
    const c = classification(data, scorer);
    return `${c.accuracy.toFixed(3)} / ${c.macroF1.toFixed(3)}`;
  };
  const speed = textsPerCpuSecond(all, scorer);
  const line = `| ${name} | ${r.toFixed(3)} | ${cell(englishTest)} | ${cell(frenchTest)} | ${Math.round(speed).toLocaleString('en')} |`;
  console.log(line);
  lines.push(line);
}
const languages = new Map<string, number>();
for (const [, text] of frenchTest) languages.set(analyseText(text).language, (languages.get(analyseText(text).language) ?? 0) + 1);
const note =
  frenchTest.length > 0
    ? `French test tweets detected as: ${[...languages].map(([language, n]) => `${language} ${n}`).join(', ')}. French model: ${frenchModelLoaded ? 'loaded' : 'none (emoji and emoticons only)'}.`
    : 'UMSAB check sets not given (BENCH_SENTIMENT_DATA): English measured on VADER\'s tweets only.';
console.log(note);
await appendFile(
  path.join(here, 'RESULTS.md'),
  `\n## ${new Date().toISOString().slice(0, 10)} — sentiment, held-out labelled tweets, one core of ${os.cpus().length}\n\n${lines.join('\n')}\n\n${note}\n`,
);
