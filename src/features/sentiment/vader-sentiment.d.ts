// Types for vader-sentiment (Apache-2.0, a JavaScript port of VADER by C.J. Hutto, MIT), which ships none.
declare module 'vader-sentiment' {
  interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** The normalised sum of the valences, in [-1, 1]. */
    compound: number;
  }
  // A webpack bundle: Node sees only its default export.
  interface SentiText {
    words_and_emoticons: string[];
    is_cap_diff: boolean;
  }
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): PolarityScores;
      /** The rule steps polarity_scores runs over a text's words: each word's valence, then "but", then the sum. */
      sentiment_valence(valence: number, sentiText: SentiText, item: string, index: number, sentiments: number[]): number[];
      but_check(words: string[], sentiments: number[]): number[];
      score_valence(sentiments: number[], text: string): PolarityScores;
    };
  };
  export default vader;
}
