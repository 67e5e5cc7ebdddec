/**
 * Case and accent folding: what the title search matches on (search.ts, which also maps folded text back to the
 * original for highlights), and what the picker compares "valued in" labels and guide answers by. In a module of
 * its own so that the picker does not load the search to fold a word.
 */
const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** Folds one code point: NFD, lower case, combining marks removed; ASCII takes a fast path. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    // Final sigma folds to σ, as Σ does: "ΔΙΕΥΘΥΝΤΗΣ" finds "Διευθυντής".
    folded = ch === 'ς' ? 'σ' : ch.normalize('NFD').toLowerCase().normalize('NFD').replace(MARKS, '');
    if (foldCache.size < 5000) foldCache.set(ch, folded);
  }
  return folded;
}

export const NON_ASCII = /\P{ASCII}/u;
const FOLD_RUNS = /[A-Z]+|\P{ASCII}/gu;

/**
 * Lower case, accents removed: `fold('Gestión') === 'gestion'`. Equal to `normalise(text).text` (search.ts),
 * without the map back to the original.
 */
export function fold(text: string): string {
  return text.replace(FOLD_RUNS, (run) => (run.charCodeAt(0) < 0x80 ? run.toLowerCase() : foldChar(run)));
}
