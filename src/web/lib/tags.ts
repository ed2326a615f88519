/** Tags typed as "summer, #Drinks" in one box (ideas, drafts): the server cleans them further ('#', case, repeats). */
export function parseTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter(Boolean);
}
