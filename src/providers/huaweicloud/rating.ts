/**
 * Builds an OSM rating (5.3.6) from the core's one-score rating: the score is applied to every
 * satisfaction dimension of 5.8.8, and the configured reason for that star count is attached.
 */
import type { IncidentSatisfaction } from './wire/common';
import type { ConfigName, SatisfactionCategoryWire, SatisfactionDimensionsResponse } from './wire/catalogue';
import { readList } from './wire-readers';

const CORE_MAX_SCORE = 5;

interface Reason {
  categoryId: string;
  name: string;
}

function nameIn(names: readonly ConfigName[] | undefined, language: string): string | undefined {
  const list = readList(names);
  return (list.find((n) => n.language === language) ?? list[0])?.name;
}

/** The first configured reason whose star count equals `stars`, searching the category tree. */
function reasonFor(categories: readonly SatisfactionCategoryWire[], stars: number, language: string): Reason | undefined {
  for (const category of categories) {
    if (category.is_valid === 0) continue;
    for (const dimension of readList(category.satisfaction_dimensions)) {
      const instance = readList(dimension.satisfaction_dimension_instances).find((i) => i.start_num === stars);
      const name = instance && nameIn(instance.instance_names, language);
      if (name) return { categoryId: category.category_id, name };
    }
    const nested = reasonFor(readList(category.sub_satisfactions), stars, language);
    if (nested) return nested;
  }
  return undefined;
}

/** One satisfaction entry per dimension, scaled to the dimension's maximum. */
export function satisfactionList(dimensions: SatisfactionDimensionsResponse, score: number, language: string): IncidentSatisfaction[] {
  const reason = reasonFor(readList(dimensions.satisfaction_categories), score, language);
  return readList(dimensions.satisfaction_dimension_list).map((d) => {
    const max = d.value > 0 ? d.value : CORE_MAX_SCORE;
    const entry: IncidentSatisfaction = {
      satisfaction_id: d.satisfaction_id,
      satisfaction_value: Math.max(1, Math.round((score / CORE_MAX_SCORE) * max)),
    };
    if (d.sat_category_id) entry.sat_category_id = d.sat_category_id;
    if (d.satisfaction_desc ?? d.satisfaction_name) entry.satisfaction_name = d.satisfaction_desc ?? d.satisfaction_name;
    if (reason) {
      entry.parent_category_id = reason.categoryId;
      entry.instance_name = reason.name;
    }
    return entry;
  });
}
