/**
 * An extends parameter's `regex` in words, so the create form can say what shape a value needs before the
 * user files ("36 characters: digits 0–9, letters a–f and “-”" for an ECS instance id). Covers what the
 * catalogue's patterns are made of — anchored runs of character classes and literal text with counts;
 * anything else (groups, alternatives) is shown as the pattern itself.
 */
import { formText } from './form-texts';
import type { OsmLanguage } from './mapping';

interface Run {
  /** The characters the run takes, in words; undefined for literal text. */
  readonly kinds?: readonly string[];
  readonly literal?: string;
  readonly min: number;
  /** Undefined: no upper bound. */
  readonly max?: number;
}

/** How a list of character kinds is joined ("digits 0–9, letters a–f and “-”"). */
const LIST_JOINERS: Record<OsmLanguage, { readonly comma: string; readonly and: string }> = {
  'en-us': { comma: ', ', and: ' and ' },
  'zh-cn': { comma: '、', and: '和' },
};

const QUANTIFIER = /^(?:\{(\d+)(?:(,)(\d*))?\}|([+*?]))/;

/** The pattern in words in the provider's UI language; a generic sentence quoting it when it cannot be read. */
export function describePattern(regex: string, language: OsmLanguage): string {
  const runs = readRuns(regex, language);
  if (!runs || runs.length === 0) return formText('patternAsIs', language, regex);
  const parts = runs.map((run) => describeRun(run, language));
  return parts.join(formText('patternThen', language));
}

/** A whole-number parameter's bounds in words. */
export function describeWholeNumber(min: number | undefined, max: number | undefined, language: OsmLanguage): string {
  if (min !== undefined && max !== undefined) return formText('wholeNumberBetween', language, min, max);
  if (min !== undefined) return formText('wholeNumberAtLeast', language, min);
  if (max !== undefined) return formText('wholeNumberAtMost', language, max);
  return formText('wholeNumberAny', language);
}

function describeRun(run: Run, language: OsmLanguage): string {
  if (run.literal !== undefined) return formText('patternLiteral', language, run.literal);
  const kinds = joinKinds(run.kinds ?? [], language);
  if (run.max === run.min) return formText('patternExactly', language, run.min, kinds);
  if (run.max === undefined) return run.min <= 1 ? formText('patternOneOrMore', language, kinds) : formText('patternAtLeast', language, run.min, kinds);
  return formText('patternBetween', language, run.min, run.max, kinds);
}

function joinKinds(kinds: readonly string[], language: OsmLanguage): string {
  if (kinds.length <= 1) return kinds.join('');
  const { comma, and } = LIST_JOINERS[language];
  return `${kinds.slice(0, -1).join(comma)}${and}${kinds[kinds.length - 1]}`;
}

/** Anchored runs, or undefined for a pattern outside the covered shapes. */
function readRuns(regex: string, language: OsmLanguage): Run[] | undefined {
  if (!regex.startsWith('^') || !regex.endsWith('$') || regex.endsWith('\\$')) return undefined;
  let rest = regex.slice(1, -1);
  const runs: Run[] = [];
  while (rest !== '') {
    const unit = readUnit(rest, language);
    if (!unit) return undefined;
    rest = rest.slice(unit.length);
    const quantifier = QUANTIFIER.exec(rest);
    let min = 1;
    let max: number | undefined = 1;
    if (quantifier) {
      rest = rest.slice(quantifier[0].length);
      if (quantifier[4]) [min, max] = quantifier[4] === '+' ? [1, undefined] : quantifier[4] === '*' ? [0, undefined] : [0, 1];
      else [min, max] = [Number(quantifier[1]), quantifier[2] ? (quantifier[3] ? Number(quantifier[3]) : undefined) : Number(quantifier[1])];
    }
    const last = runs[runs.length - 1];
    if (unit.literal !== undefined && min === 1 && max === 1 && last?.literal !== undefined) runs[runs.length - 1] = { ...last, literal: last.literal + unit.literal };
    else if (unit.literal !== undefined && !(min === 1 && max === 1)) runs.push({ kinds: [formText('patternLiteral', language, unit.literal)], min, max });
    else runs.push({ ...unit, min, max });
  }
  return runs;
}

function readUnit(text: string, language: OsmLanguage): { length: number; kinds?: string[]; literal?: string } | undefined {
  if (text.startsWith('\\d')) return { length: 2, kinds: [formText('classDigits', language)] };
  if (text.startsWith('\\w')) return { length: 2, kinds: [formText('classDigits', language), formText('classLetters', language, 'a', 'z'), formText('classLetters', language, 'A', 'Z'), '“_”'] };
  if (text.startsWith('[')) {
    const end = text.indexOf(']', 1);
    if (end < 0 || text[1] === '^') return undefined;
    const kinds = readClass(text.slice(1, end), language);
    return kinds ? { length: end + 1, kinds } : undefined;
  }
  const escaped = /^\\([.\-_:/@])/.exec(text);
  if (escaped) return { length: 2, literal: escaped[1] };
  return /^[A-Za-z0-9\-_:/@]/.test(text) ? { length: 1, literal: text[0] } : undefined;
}

function readClass(body: string, language: OsmLanguage): string[] | undefined {
  const kinds: string[] = [];
  const singles: string[] = [];
  for (let i = 0; i < body.length; ) {
    if (body.startsWith('\\d', i)) {
      kinds.push(formText('classDigits', language));
      i += 2;
    } else if (i + 2 < body.length && body[i + 1] === '-') {
      const [from, to] = [body[i], body[i + 2]];
      if (from === '0' && to === '9') kinds.push(formText('classDigits', language));
      else if (/[a-zA-Z]/.test(from) && /[a-zA-Z]/.test(to)) kinds.push(formText('classLetters', language, from, to));
      else kinds.push(`${from}–${to}`);
      i += 3;
    } else if (body[i] === '\\' && i + 1 < body.length) {
      singles.push(body[i + 1]);
      i += 2;
    } else {
      singles.push(body[i]);
      i += 1;
    }
  }
  if (singles.some((char) => /\s/.test(char))) return undefined;
  return [...kinds, ...singles.map((char) => `“${char}”`)];
}
