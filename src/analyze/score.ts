import type { Severity } from '../types.js';
import { SEVERITIES } from '../types.js';

/**
 * Score in [0, 1] from the highest severity and the number of active findings: each severity
 * owns a band (low 0.2–0.4, medium 0.4–0.6, high 0.6–0.8, critical 0.8–1), and more findings
 * move the score up inside the band, so sorting by score sorts by severity first.
 * Profanity alone (not toxic) stays under 0.2.
 * @internal
 */
export function scoreOf(severity: Severity, findings: number, toxic: boolean): number {
  const level = SEVERITIES.indexOf(severity);
  if (level === 0 || findings === 0) return 0;
  const extra = 0.19 * (1 - 0.5 ** (findings - 1));
  if (!toxic) return Math.round((0.05 + extra / 2) * 1000) / 1000;
  return Math.round((0.2 * level + extra) * 1000) / 1000;
}
