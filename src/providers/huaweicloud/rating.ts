/**
 * OSM ratings (5.3.6) from the satisfaction configuration (5.8.8): one dimension per entry of
 * `satisfaction_dimension_list`, scored 1…`value`, with the reasons its category offers for each star
 * count (`start_num`). The user's score and reason per dimension are sent as they were chosen; nothing
 * is copied between dimensions and no reason is picked for the user.
 */
import type { ErrorReason } from '../../core/error-reasons';
import { dimensionScore, ratingProblems, reasonsFor, type RatingForm, type RatingProblem, type ScoreReasons } from '../../core/rating-form';
import type { RatingInput } from '../../core/provider';
import type { OsmClient } from './client';
import { invalidInput } from './provider-errors';
import type { IncidentSatisfaction } from './wire/common';
import type { ConfigName, SatisfactionCategoryWire, SatisfactionDimensionsResponse } from './wire/catalogue';
import { readList, readNumber } from './wire-readers';

/** `judgement` of 5.3.6: 0–400 characters. */
export const MAX_JUDGEMENT_LENGTH = 400;
const DEFAULT_MAX_SCORE = 5;

function nameIn(names: readonly ConfigName[] | undefined, language: string): string | undefined {
  const list = readList(names).filter((n) => n?.name);
  return (list.find((n) => n.language === language) ?? list[0])?.name;
}

/** The valid category with this id, searched through the whole tree. */
function findCategory(categories: readonly SatisfactionCategoryWire[], id: string | undefined): SatisfactionCategoryWire | undefined {
  if (!id) return undefined;
  for (const category of categories) {
    if (!category || category.is_valid === 0) continue;
    if (category.category_id === id) return category;
    const nested = findCategory(readList(category.sub_satisfactions), id);
    if (nested) return nested;
  }
  return undefined;
}

/** The reasons of a category by star count, in configuration order. */
function reasonsOf(category: SatisfactionCategoryWire | undefined, language: string): ScoreReasons[] {
  const byScore = new Map<number, { id: string; label: string }[]>();
  for (const dimension of readList(category?.satisfaction_dimensions)) {
    for (const instance of readList(dimension?.satisfaction_dimension_instances)) {
      const label = instance && nameIn(instance.instance_names, language);
      if (!label || !instance.instance_id) continue;
      const score = readNumber(instance.start_num, 0);
      byScore.set(score, [...(byScore.get(score) ?? []), { id: instance.instance_id, label }]);
    }
  }
  return [...byScore.entries()].sort((a, b) => a[0] - b[0]).map(([score, reasons]) => ({ score, reasons }));
}

/** The rating form the configuration describes, names in `language`. */
export function ratingFormOf(config: SatisfactionDimensionsResponse, language: string): RatingForm {
  const categories = readList(config.satisfaction_categories);
  const dimensions = readList(config.satisfaction_dimension_list)
    .filter((d) => d && Number.isInteger(d.satisfaction_id))
    .map((d) => ({
      id: String(d.satisfaction_id),
      label: d.satisfaction_desc ?? d.satisfaction_name ?? '',
      minScore: 1,
      maxScore: d.value > 0 ? d.value : DEFAULT_MAX_SCORE,
      reasons: reasonsOf(findCategory(categories, d.sat_category_id), language),
    }));
  return { dimensions, solvedFlag: false, comment: true, maxCommentLength: MAX_JUDGEMENT_LENGTH };
}

/** One satisfaction entry per dimension, with its own score and, when one was picked, its reason. */
export function satisfactionList(config: SatisfactionDimensionsResponse, rating: RatingInput, language: string): IncidentSatisfaction[] {
  const form = ratingFormOf(config, language);
  return readList(config.satisfaction_dimension_list)
    .filter((d) => d && Number.isInteger(d.satisfaction_id))
    .map((d) => {
      const dimension = form.dimensions.find((f) => f.id === String(d.satisfaction_id));
      const score = dimensionScore(rating, String(d.satisfaction_id));
      const entry: IncidentSatisfaction = { satisfaction_id: d.satisfaction_id, satisfaction_value: score };
      if (d.sat_category_id) entry.sat_category_id = d.sat_category_id;
      if (d.satisfaction_desc ?? d.satisfaction_name) entry.satisfaction_name = d.satisfaction_desc ?? d.satisfaction_name;
      const reasonId = rating.reasons?.[String(d.satisfaction_id)];
      const reason = dimension && reasonId ? reasonsFor(dimension, score).find((r) => r.id === reasonId) : undefined;
      if (reason) {
        if (d.sat_category_id) entry.parent_category_id = d.sat_category_id;
        entry.instance_name = reason.label;
      }
      return entry;
    });
}

/** The facts of a rating that does not fit the form (the host words them). */
function invalidRating(problems: readonly RatingProblem[], form: RatingForm): ErrorReason {
  const dimensions = problems.flatMap((problem) => ('dimensionId' in problem ? [form.dimensions.find((d) => d.id === problem.dimensionId)?.label || problem.dimensionId] : []));
  const comment = problems.find((problem) => problem.kind === 'comment-too-long');
  return {
    id: 'invalid-rating',
    dimensions: [...new Set(dimensions)],
    solvedMissing: problems.some((problem) => problem.kind === 'missing-solved'),
    ...(comment ? { commentMaxLength: comment.maxLength } : {}),
  };
}

/** 5.8.8 read fresh (the configuration may change), as a form. */
export async function ratingFormFor(client: OsmClient, signal?: AbortSignal): Promise<RatingForm> {
  return ratingFormOf(await client.catalogue.satisfactionDimensions(signal), client.language);
}

/** Checks the rating against the configuration and sends it (5.3.6). */
export async function rateCase(client: OsmClient, caseId: string, rating: RatingInput, signal?: AbortSignal): Promise<void> {
  const config = await client.catalogue.satisfactionDimensions(signal);
  const form = ratingFormOf(config, client.language);
  const problems = ratingProblems(form, rating);
  if (problems.length > 0) throw invalidInput('InvalidRating', invalidRating(problems, form));
  const judgement = (rating.comment ?? '').trim();
  await client.cases.score(caseId, { judgement, incident_satisfaction_list: satisfactionList(config, rating, client.language) }, signal);
}
