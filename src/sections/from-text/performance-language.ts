// The words of call-handling and response performance: which channel (999, 101, live chat, P1, P2,
// online) and which measure a figure is about. Language only: no force or document names.
import type { PerformanceRecord } from '../../records.js';

export type Channel = PerformanceRecord['channel'];

const CHANNELS: [Channel, RegExp][] = [
  ['101', /\b101\b|non[\s-]?emergency/gi],
  ['999', /\b999\b|(?<!non[\s-]?)\bemergency\b/gi],
  ['live_chat', /\blive ?chats?\b/gi],
  ['p1', /\bP1'?s?\b|\bpriority 1\b/g],
  ['p2', /\bP2'?s?\b|\bpriority 2\b/g],
  ['online', /\bonline (?:reports?|reporting|crime reports?)\b/gi],
];

// every channel mention holds one of these (case aside): one scan rules out the many texts naming none
const ANY_CHANNEL = /101|999|emergency|live ?chat|p[12]|priority [12]|online /i;

/**
 * The channel mentioned closest to a position (or the first mentioned when no position is given); of two
 * mentions as close, the earlier, and of two at one place, the channel listed first. Each pattern is run
 * only up to the position (its later mentions are further off), with nothing collected or sorted: this
 * runs for every sentence and figure of a pack.
 */
export function nearestChannel(text: string, at = 0): Channel | null {
  if (!ANY_CHANNEL.test(text)) return null;
  let best: Channel | null = null;
  let bestAt = 0;
  let bestDistance = Infinity;
  for (const [channel, re] of CHANNELS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const distance = Math.abs(m.index - at);
      if (distance < bestDistance || (distance === bestDistance && m.index < bestAt)) {
        best = channel;
        bestAt = m.index;
        bestDistance = distance;
      }
      if (m.index >= at) break;
    }
  }
  return best;
}

/**
 * The measure a figure reports, from the words around it and its unit ('percent', 'seconds', 'rank' or null
 * for counts). Null when the words name no known measure.
 */
export function metricOf(words: string, unit: string | null, channel: Channel | null): string | null {
  const t = words.toLowerCase().replace(/\s+/g, ' ');
  const attendance = channel === 'p1' || channel === 'p2' || /\battend|\bresponse time/.test(t);
  if (unit === 'percent') {
    if (/\babandon/.test(t)) return /after (?:the )?sla/.test(t) ? 'abandoned_after_sla_percent' : 'abandoned_percent';
    if (/\bwithin (?:the )?(?:[\w ]+ )?sla\b/.test(t)) return attendance ? 'attended_within_sla_percent' : 'answered_within_sla_percent';
    if (/\battended\b/.test(t)) return 'attended_percent';
    let m = /(\d+)\s*(?:-|–|to|and)\s*(\d+) seconds/.exec(t);
    if (m) return `answered_${m[1]}_${m[2]}_seconds_percent`;
    m = /(?:over|after|more than) (\d+) seconds|(\d+) seconds or (?:longer|more)/.exec(t);
    if (m) return `answered_over_${m[1] ?? m[2]}_seconds_percent`;
    m = /(?:under|within|less than) (\d+) seconds/.exec(t);
    if (m) return `answered_under_${m[1]}_seconds_percent`;
    if (/\b(?:increase|rise|reduction|decrease|fall)\b/.test(t) && /\bdemand\b|\bcalls?\b|\bincidents?\b|\bp[12]'?s?\b|\bchats?\b/.test(t)) {
      return 'change_percent';
    }
    return null;
  }
  if (unit === 'seconds') {
    const stat = /\bmedian\b/.test(t) ? 'median' : /\b(?:mean|average)\b/.test(t) ? 'mean' : null;
    if (!stat) return null;
    if (/handling time/.test(t)) return `${stat}_call_handling_time`;
    if (/talk time/.test(t)) return `${stat}_talk_time`;
    if (/wait/.test(t)) return `${stat}_wait_time`;
    if (/review/.test(t)) return `${stat}_time_to_review`;
    if (attendance) return `${stat}_attendance_time`;
    return `${stat}_time_to_answer`;
  }
  if (unit === null || unit === 'rank') {
    if (/\bmore\b|\badditional\b/.test(t)) return null;
    if (/\bchats?\b.*\boffered\b|\boffered\b.*\bchats?\b/.test(t)) return 'chats_offered';
    if (/\bcalls?\b.*\b(?:received|for service)\b|\breceived\b.*\bcalls?\b|\btotal calls\b|\bvolume of calls\b/.test(t)) return 'calls_received';
    if (/\bincidents?\b|\bp[12]'?s\b/.test(t)) return 'incidents';
    if (/\breports?\b.*\brecorded\b/.test(t)) return 'reports_recorded';
  }
  return null;
}

/** A label as a metric name when no known measure fits: "Median time to answer (seconds)" -> "median_time_to_answer". */
export function slugMetric(label: string, unit: string | null): string {
  const base = label.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/%/g, ' ').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return unit === 'percent' && !base.endsWith('percent') ? `${base}_percent` : base || 'value';
}
