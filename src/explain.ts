/**
 * Findings told in words: `explain(analysis, text, lang)` renders every finding of an analysis
 * as a short reason in French or English, with the rule that produced it. Import it from
 * `vigie/explain`: a service that only scores comments does not carry its wording.
 *
 * @packageDocumentation
 */

import type { Analysis, Category, Severity, Suppression, TargetGroup, ThreatKind } from './types.js';

/** One finding of an analysis, told in words. */
export interface Explanation {
  /** What the finding is. */
  kind: 'match' | 'threat' | 'target';
  /** Offsets into the analysed text. */
  start: number;
  end: number;
  /** The text it covers. */
  excerpt: string;
  /** The rule or lexicon entry that produced it. */
  ruleId: string;
  /** Set when a context rule set it aside (it then counts toward nothing). */
  suppressedBy?: Suppression;
  /** A short human-readable reason. */
  message: string;
}

/** Language of an explanation: French or English. */
export type Lang = 'fr' | 'en';

const CATEGORY: Record<Lang, Record<Category, string>> = {
  fr: {
    insult: 'insulte',
    profanity: 'grossièreté',
    hate: 'haine',
    threat: 'menace',
    sexual: 'harcèlement sexuel',
    self_harm: 'incitation au suicide',
    body_shaming: 'moquerie physique',
  },
  en: {
    insult: 'insult',
    profanity: 'profanity',
    hate: 'hate',
    threat: 'threat',
    sexual: 'sexual harassment',
    self_harm: 'incitement to self-harm',
    body_shaming: 'body shaming',
  },
};
const SEVERITY: Record<Lang, Record<Severity, string>> = {
  fr: { none: 'nulle', low: 'faible', medium: 'moyenne', high: 'élevée', critical: 'critique' },
  en: { none: 'none', low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
};
const KIND: Record<Lang, Record<ThreatKind, string>> = {
  fr: {
    death: 'de mort',
    violence: 'de violence',
    sexual: 'de violence sexuelle',
    doxxing: 'de divulgation ou de localisation (doxxing)',
    self_harm: 'de pousser au suicide',
  },
  en: {
    death: 'death threat',
    violence: 'threat of violence',
    sexual: 'threat of sexual violence',
    doxxing: 'doxxing threat (knows or exposes where the person lives)',
    self_harm: 'threat to drive someone to suicide',
  },
};
const GROUP: Record<Lang, Record<TargetGroup, string>> = {
  fr: {
    women: 'les femmes',
    lgbt: 'les personnes LGBT',
    black: 'les personnes noires',
    arab: 'les Arabes',
    muslim: 'les musulmans',
    jewish: 'les juifs',
    christian: 'les chrétiens',
    roma: 'les Roms',
    asian: 'les personnes asiatiques',
    disabled: 'les personnes handicapées',
    migrant: 'les migrants',
    other: 'un groupe protégé',
  },
  en: {
    women: 'women',
    lgbt: 'LGBT people',
    black: 'Black people',
    arab: 'Arabs',
    muslim: 'Muslims',
    jewish: 'Jews',
    christian: 'Christians',
    roma: 'Roma',
    asian: 'Asian people',
    disabled: 'disabled people',
    migrant: 'migrants',
    other: 'a protected group',
  },
};
const SUPPRESSED: Record<Lang, Record<Suppression, string>> = {
  fr: {
    negation: 'écarté : sous une négation',
    quote: "écarté : citation ou propos rapportés, pas ceux de l'auteur",
    counter_speech: 'écarté : le texte dénonce ces propos (contre-discours)',
    ambiguity: 'écarté : mot ambigu qui ne vise personne ici',
  },
  en: {
    negation: 'set aside: negated',
    quote: "set aside: quoted or reported speech, not the author's words",
    counter_speech: 'set aside: the text argues against these words (counter-speech)',
    ambiguity: 'set aside: an ambiguous word aimed at no one here',
  },
};

/** The French or English reason of a lexicon match, by the kind of rule that produced it. */
function matchReason(lang: Lang, category: Category, term: string, ruleId: string): string {
  const cat = CATEGORY[lang][category];
  if (ruleId.startsWith('fuzzy:')) return lang === 'fr' ? `${cat} (faute de frappe de « ${term} »)` : `${cat} (a typo of "${term}")`;
  if (ruleId.startsWith('aim/'))
    return lang === 'fr' ? `${cat} : grossièreté « ${term} » adressée à quelqu'un` : `${cat}: the swear word "${term}" aimed at someone`;
  if (ruleId.startsWith('threats/')) return lang === 'fr' ? `${cat} (menace de viol)` : `${cat} (rape threat)`;
  return lang === 'fr' ? `${cat} (« ${term} »)` : `${cat} ("${term}")`;
}

/**
 * Renders every finding of `analysis` (threats, identity attacks, lexicon matches, including
 * those a context rule set aside) as a short reason in French or English, with the rule that
 * produced it, in text order.
 * @param analysis - what `detector.analyze(text)` returned
 * @param text - the analysed text (for the excerpts)
 * @param lang - `'fr'` (default) or `'en'`
 * @example
 * ```ts
 * explain(detector.analyze('je vais te retrouver'), 'je vais te retrouver', 'en')[0].message;
 * // 'threat of violence, severity high'
 * ```
 */
export function explain(analysis: Analysis, text: string, lang: Lang = 'fr'): Explanation[] {
  const L: Lang = lang === 'en' ? 'en' : 'fr';
  const out: Explanation[] = [];
  const add = (
    kind: Explanation['kind'],
    s: { start: number; end: number; ruleId: string; suppressedBy?: Suppression },
    reason: string,
  ) => {
    const e: Explanation = { kind, start: s.start, end: s.end, excerpt: text.slice(s.start, s.end), ruleId: s.ruleId, message: reason };
    if (s.suppressedBy) {
      e.suppressedBy = s.suppressedBy;
      e.message = `${reason} — ${SUPPRESSED[L][s.suppressedBy]}`;
    }
    out.push(e);
  };
  for (const t of analysis.threats) {
    const sev = SEVERITY[L][t.severity];
    add('threat', t, L === 'fr' ? `menace ${KIND.fr[t.kind]}, gravité ${sev}` : `${KIND.en[t.kind]}, severity ${sev}`);
  }
  for (const t of analysis.targets) add('target', t, L === 'fr' ? `attaque contre ${GROUP.fr[t.group]}` : `attack on ${GROUP.en[t.group]}`);
  for (const m of analysis.matches) {
    const sev = SEVERITY[L][m.severity];
    let reason = `${matchReason(L, m.category, m.term, m.ruleId)}, ${L === 'fr' ? 'gravité' : 'severity'} ${sev}`;
    if (m.target) reason += L === 'fr' ? `, vise ${GROUP.fr[m.target]}` : `, aimed at ${GROUP.en[m.target]}`;
    add('match', m, reason);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
