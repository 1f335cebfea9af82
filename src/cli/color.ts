// Colour for stderr messages. chalk detects the terminal and FORCE_COLOR but not NO_COLOR (no-color.org),
// so the level is decided here: FORCE_COLOR wins (as in Node itself), then NO_COLOR, then chalk's detection.
import { Chalk, supportsColor, supportsColorStderr, type ColorInfo, type ColorSupportLevel } from 'chalk';

export function colorLevel(env: NodeJS.ProcessEnv = process.env, support: ColorInfo = supportsColorStderr): ColorSupportLevel {
  const detected = support ? support.level : 0;
  if (env.FORCE_COLOR !== undefined) return detected;
  if (env.NO_COLOR) return 0;
  return detected;
}

/** chalk for text written to stderr. */
export const stderrColor = new Chalk({ level: colorLevel() });

/** chalk for human-readable text written to stdout (inspect). */
export const stdoutColor = new Chalk({ level: colorLevel(process.env, supportsColor) });
