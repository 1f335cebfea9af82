// The one shared normaliser: figures, durations, dates and periods as printed -> values.
export { toValue, unitHint, printedDecimals, round, formatFigure } from './numbers.js';
export type { Value, ValueContext } from './numbers.js';
export { toSeconds, DURATION_PATTERN } from './durations.js';
export { toIsoDate, toIsoMonth, toTime, toPeriod } from './dates.js';
