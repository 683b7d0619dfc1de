/**
 * A drop-in for Google's Perspective API (AnalyzeComment), which is reported to end service
 * on 2026-12-31: the same request and response objects, answered offline by a vigie detector.
 * Import it from `vigie/perspective`; the detector comes from `vigie`.
 *
 * @packageDocumentation
 */

import type { Detector } from '../detector.js';
import { VigieError } from '../errors.js';
import type { Analysis } from '../types.js';
import { attributeScore, PERSPECTIVE_ATTRIBUTES, type PerspectiveAttribute, type PerspectiveAttributeScore } from './attributes.js';

export {
  attributeScore,
  PERSPECTIVE_ATTRIBUTES,
  type PerspectiveAttribute,
  type PerspectiveAttributeScore,
  type PerspectiveScore,
  type PerspectiveSpanScore,
  perspectiveValue,
} from './attributes.js';

/** Options of one requested attribute. */
export interface PerspectiveAttributeParameters {
  /** Only `PROBABILITY` (Perspective's default) is supported. */
  scoreType?: 'PROBABILITY';
  /** Leave the attribute out of the response when its summary score is below this, in [0, 1]. */
  scoreThreshold?: number;
}

/** Perspective's AnalyzeComment request body. Fields vigie has no use for are accepted and ignored. */
export interface PerspectiveRequest {
  /** The comment; `type` (`PLAIN_TEXT`) is accepted and ignored. */
  comment: { text: string; type?: string };
  /** The attributes to score, each with its options (`{}` for the defaults). */
  requestedAttributes: Partial<Record<PerspectiveAttribute, PerspectiveAttributeParameters>>;
  /** Languages of the comment: vigie reads French, so one of them must be `fr` or `fr-…` (default: French). */
  languages?: string[];
  /** Add `spanScores` to each attribute: one per finding, with its offsets. */
  spanAnnotations?: boolean;
  /** Echoed in the response. */
  clientToken?: string;
  /** Ignored: nothing is stored, nothing leaves the process. */
  doNotStore?: boolean;
  /** Ignored. */
  sessionId?: string;
  /** Ignored. */
  communityId?: string;
  /** Ignored. */
  context?: unknown;
}

/** Perspective's AnalyzeComment response. */
export interface PerspectiveResponse {
  /** One entry per requested attribute (unless under its `scoreThreshold`). */
  attributeScores: Partial<Record<PerspectiveAttribute, PerspectiveAttributeScore>>;
  /** The languages the comment was read in: the French ones requested, or `['fr']`. */
  languages: string[];
  /** Always `['fr']`: vigie does not detect languages, it reads French. */
  detectedLanguages: string[];
  /** The request's `clientToken`, if it had one. */
  clientToken?: string;
}

const REQUEST_KEYS = new Set([
  'comment',
  'requestedAttributes',
  'languages',
  'spanAnnotations',
  'clientToken',
  'doNotStore',
  'sessionId',
  'communityId',
  'context',
]);
const PARAMETER_KEYS = new Set(['scoreType', 'scoreThreshold']);

function fail(reason: string, field: string): never {
  throw new VigieError(reason, field === '' ? 'request' : `request.${field}`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The requested languages read as French, or throws when some are given and none is. */
function frenchOf(languages: unknown): string[] {
  if (languages === undefined) return ['fr'];
  if (!Array.isArray(languages) || languages.some((l) => typeof l !== 'string')) fail('must be an array of language codes', 'languages');
  if (languages.length === 0) return ['fr'];
  const fr = (languages as string[]).filter((l) => /^fr(?:[-_]|$)/i.test(l));
  if (fr.length === 0) fail(`vigie reads French only (got ${languages.map((l) => JSON.stringify(l)).join(', ')})`, 'languages');
  return fr;
}

/** A request checked and read. */
interface Parsed {
  attributes: [PerspectiveAttribute, number | undefined][];
  languages: string[];
  spans: boolean;
  clientToken: string | undefined;
}

/** Checks a request (all but its comment) and reads what the response depends on. */
function parseRequest(request: unknown): Parsed {
  if (!isObject(request)) fail('must be an object', '');
  for (const k of Object.keys(request))
    if (!REQUEST_KEYS.has(k)) fail(`unknown field (expected one of ${[...REQUEST_KEYS].join(', ')})`, k);
  const languages = frenchOf(request.languages);
  const requested = request.requestedAttributes;
  if (!isObject(requested) || Object.keys(requested).length === 0)
    fail('must name at least one attribute, e.g. { TOXICITY: {} }', 'requestedAttributes');
  if (request.spanAnnotations !== undefined && typeof request.spanAnnotations !== 'boolean') fail('must be a boolean', 'spanAnnotations');
  if (request.clientToken !== undefined && typeof request.clientToken !== 'string') fail('must be a string', 'clientToken');
  const attributes: Parsed['attributes'] = [];
  for (const [name, params] of Object.entries(requested)) {
    const field = `requestedAttributes.${name}`;
    if (!PERSPECTIVE_ATTRIBUTES.includes(name as PerspectiveAttribute))
      fail(`attribute not supported by vigie (supported: ${PERSPECTIVE_ATTRIBUTES.join(', ')})`, field);
    if (!isObject(params)) fail('must be an object of attribute parameters ({} for the defaults)', field);
    for (const k of Object.keys(params))
      if (!PARAMETER_KEYS.has(k)) fail('unknown parameter (expected scoreType, scoreThreshold)', `${field}.${k}`);
    if (params.scoreType !== undefined && params.scoreType !== 'PROBABILITY') fail('only PROBABILITY is supported', `${field}.scoreType`);
    const threshold = params.scoreThreshold;
    if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)))
      fail('must be a number in [0, 1]', `${field}.scoreThreshold`);
    attributes.push([name as PerspectiveAttribute, threshold as number | undefined]);
  }
  return { attributes, languages, spans: request.spanAnnotations === true, clientToken: request.clientToken as string | undefined };
}

function respond(analysis: Analysis, req: Parsed): PerspectiveResponse {
  const attributeScores: PerspectiveResponse['attributeScores'] = {};
  for (const [name, threshold] of req.attributes) {
    const score = attributeScore(analysis, name, req.spans);
    if (threshold === undefined || score.summaryScore.value >= threshold) attributeScores[name] = score;
  }
  const out: PerspectiveResponse = { attributeScores, languages: req.languages, detectedLanguages: ['fr'] };
  if (req.clientToken !== undefined) out.clientToken = req.clientToken;
  return out;
}

/**
 * The response of Perspective's AnalyzeComment to `request` for an analysis already at hand
 * (stored with the comment, say): `request.comment` is not read. Throws as
 * {@link analyzeComment} does.
 */
export function toPerspective(
  analysis: Analysis,
  request: Omit<PerspectiveRequest, 'comment'> & { comment?: unknown },
): PerspectiveResponse {
  return respond(analysis, parseRequest(request));
}

/**
 * Answers a Perspective AnalyzeComment request with `detector`: where the code called
 * `POST …/comments:analyze` with `body`, it calls `analyzeComment(detector, body)` and reads
 * the same response. Synchronous and offline. Throws a {@link VigieError} (a `TypeError`)
 * naming the field of an invalid request, an unsupported attribute or a request for languages
 * none of which is French.
 *
 * @example
 * ```ts
 * import { createDetector } from 'vigie';
 * import { analyzeComment } from 'vigie/perspective';
 *
 * const detector = createDetector();
 * const r = analyzeComment(detector, {
 *   comment: { text: "t'es qu'un c0nnard" },
 *   requestedAttributes: { TOXICITY: {}, INSULT: {} },
 *   languages: ['fr'],
 * });
 * r.attributeScores.TOXICITY?.summaryScore.value; // ≥ 0.7
 * ```
 */
export function analyzeComment(detector: Detector, request: PerspectiveRequest): PerspectiveResponse {
  if (!isObject(request)) fail('must be an object', '');
  const comment = request.comment;
  if (!isObject(comment) || typeof comment.text !== 'string') fail('must be { text: string }', 'comment');
  for (const k of Object.keys(comment)) if (k !== 'text' && k !== 'type') fail('unknown field (expected text, type)', `comment.${k}`);
  // The request is checked before the comment is read, so that a bad request costs nothing.
  const parsed = parseRequest(request);
  return respond(detector.analyze(comment.text), parsed);
}

export { VigieError } from '../errors.js';
