/** Loads the hostile-text corpora of test/fixtures/hostile (tuning.json, and held-out.json never tuned on). */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** `mustSurvive`: every code point of the text must be shown, in order (isolates or escapes may be added around them). */
export interface HostileString {
  readonly id: string;
  readonly text: string;
  readonly mustSurvive: boolean;
}
export interface HostileFileName {
  readonly id: string;
  readonly name: string;
  readonly mustSurvive: boolean;
}
export interface HostileCorpus {
  readonly name: string;
  readonly strings: readonly HostileString[];
  readonly lookAlikes: ReadonlyArray<readonly [string, string]>;
  readonly fileNames: readonly HostileFileName[];
}

interface RawString {
  id: string;
  text?: string;
  repeat?: { unit: string; times: number };
  mustSurvive?: boolean;
}

const FOLDER = path.join(__dirname, '../../fixtures/hostile');

export function loadHostileCorpus(name: 'tuning' | 'held-out'): HostileCorpus {
  const raw = JSON.parse(fs.readFileSync(path.join(FOLDER, `${name}.json`), 'utf8')) as {
    strings: RawString[];
    lookAlikes?: Array<[string, string]>;
    fileNames?: Array<{ id: string; name: string; mustSurvive?: boolean }>;
  };
  return {
    name,
    strings: raw.strings.map((s) => ({ id: s.id, text: s.text ?? (s.repeat ? s.repeat.unit.repeat(s.repeat.times) : ''), mustSurvive: s.mustSurvive === true })),
    lookAlikes: raw.lookAlikes ?? [],
    fileNames: (raw.fileNames ?? []).map((f) => ({ id: f.id, name: f.name, mustSurvive: f.mustSurvive === true })),
  };
}

export function hostileCorpora(): HostileCorpus[] {
  return (['tuning', 'held-out'] as const).filter((name) => fs.existsSync(path.join(FOLDER, `${name}.json`))).map(loadHostileCorpus);
}
