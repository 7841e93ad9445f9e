/**
 * A rating as the cloud asks for it: one score per satisfaction dimension, each with the reasons the
 * cloud offers for a given score, a "was it solved?" answer and a comment where the cloud takes them.
 * Providers build it (`TicketProvider.ratingForm`); the host renders it and checks an answer against it
 * before anything is sent.
 */
import type { RatingCapability } from './capabilities';
import type { RatingInput } from './provider';

/** A reason the cloud offers for a score ("Response too slow"). */
export interface RatingReason {
  readonly id: string;
  readonly label: string;
}

/** The reasons offered when a dimension gets `score`. */
export interface ScoreReasons {
  readonly score: number;
  readonly reasons: readonly RatingReason[];
}

/** One thing the user scores ("Service attitude"). */
export interface RatingDimension {
  readonly id: string;
  /** The cloud's own name; empty when the cloud has a single overall score (the host names it). */
  readonly label: string;
  readonly minScore: number;
  readonly maxScore: number;
  /** Scores for which the cloud offers reasons; a score not listed has none to pick. */
  readonly reasons: readonly ScoreReasons[];
}

export interface RatingForm {
  readonly dimensions: readonly RatingDimension[];
  /** The rating carries a "was it solved?" yes/no (`RatingInput.solved`, then required). */
  readonly solvedFlag: boolean;
  /** A free-text comment may accompany the rating. */
  readonly comment: boolean;
  /** Longest comment accepted, in characters (0 when there is no comment). */
  readonly maxCommentLength: number;
}

/** Why an answer does not fit the form. */
export type RatingProblem =
  | { readonly kind: 'missing-score'; readonly dimensionId: string }
  | { readonly kind: 'score-out-of-range'; readonly dimensionId: string }
  | { readonly kind: 'unknown-reason'; readonly dimensionId: string }
  | { readonly kind: 'missing-solved' }
  | { readonly kind: 'comment-too-long'; readonly maxLength: number };

/** The score a dimension got: its own in `scores`, else the overall `score`. */
export function dimensionScore(input: RatingInput, dimensionId: string): number {
  return input.scores?.[dimensionId] ?? input.score;
}

/** The reasons a dimension offers for a score. */
export function reasonsFor(dimension: RatingDimension, score: number): readonly RatingReason[] {
  return dimension.reasons.find((entry) => entry.score === score)?.reasons ?? [];
}

/** Every way `input` does not fit `form`; empty when it can be sent. */
export function ratingProblems(form: RatingForm, input: RatingInput): RatingProblem[] {
  const problems: RatingProblem[] = [];
  for (const dimension of form.dimensions) {
    const score = dimensionScore(input, dimension.id);
    if (!Number.isFinite(score)) problems.push({ kind: 'missing-score', dimensionId: dimension.id });
    else if (!Number.isInteger(score) || score < dimension.minScore || score > dimension.maxScore) problems.push({ kind: 'score-out-of-range', dimensionId: dimension.id });
    const reason = input.reasons?.[dimension.id];
    if (reason !== undefined && Number.isInteger(score) && !reasonsFor(dimension, score).some((r) => r.id === reason)) problems.push({ kind: 'unknown-reason', dimensionId: dimension.id });
  }
  if (form.solvedFlag && input.solved === undefined) problems.push({ kind: 'missing-solved' });
  const comment = input.comment?.trim() ?? '';
  if (comment.length > (form.comment ? form.maxCommentLength : 0)) problems.push({ kind: 'comment-too-long', maxLength: form.comment ? form.maxCommentLength : 0 });
  return problems;
}

/** The id of the one dimension of a cloud that takes a single overall score. */
export const OVERALL_DIMENSION = 'overall';

/** The form of a cloud that takes one overall score (with the solved flag and comment its outline says). */
export function singleScoreForm(outline: RatingCapability, maxCommentLength: number): RatingForm {
  return {
    dimensions: [{ id: OVERALL_DIMENSION, label: '', minScore: outline.minScore, maxScore: outline.maxScore, reasons: [] }],
    solvedFlag: outline.solvedFlag,
    comment: outline.comment,
    maxCommentLength: outline.comment ? maxCommentLength : 0,
  };
}
