// Durations as printed: "3 mins 53 seconds", "12 mins 28 seconds", "26 seconds", "1 hr 2 mins", "10 hours",
// "16:36 mins" is not handled (a clock time). Returns whole or fractional seconds.

const PART = String.raw`(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)\b`;
const PART_RE = new RegExp(PART, 'gi');
/** one or more parts, optionally joined by "and" or commas */
export const DURATION_PATTERN = String.raw`\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b(?:,?\s*(?:and\s+)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b)*`;
const WHOLE_RE = new RegExp(String.raw`^(?:${PART}[,\s]*(?:and\s+)?)+$`, 'i');

const FACTOR: Record<string, number> = { h: 3600, m: 60, s: 1 };

/** "3 mins 53 seconds" -> 233; null unless the whole text is a duration. Single letters need a second part. */
export function toSeconds(text: string): number | null {
  const t = text.trim();
  if (!WHOLE_RE.test(t)) return null;
  const parts = [...t.matchAll(PART_RE)];
  // "5 m" alone is more likely metres or millions than minutes
  if (parts.length === 1 && parts[0][2].length === 1) return null;
  let total = 0;
  for (const p of parts) total += Number(p[1]) * FACTOR[p[2][0].toLowerCase()];
  return Math.round(total * 1000) / 1000;
}
