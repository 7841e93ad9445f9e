// Turns INI parse problems into warnings that name the line but never quote it (it may hold a secret).
import type { IniProblem } from './ini-parser';
import { importText, importWarning } from './import-text';
import type { ImportWarning } from './types';

const REASONS: Record<IniProblem['reason'], string> = {
  'outside-section': 'Line {0} is outside any [section] and was ignored.',
  'not-key-value': 'Line {0} is not a key = value line and was ignored.',
  'duplicate-section': 'Line {0} repeats an earlier section; its values were merged into it.',
};

/** One warning per problem line. */
export function iniProblemWarnings(source: string, problems: IniProblem[]): ImportWarning[] {
  return problems.map((problem) => importWarning(source, importText(REASONS[problem.reason], String(problem.line))));
}
