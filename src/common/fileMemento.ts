import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as vscode from 'vscode';

/**
 * A Memento kept in one JSON file, written (atomically) before `update` resolves. Drafts live here
 * rather than in globalState because the browser-hosted workbench flushes globalState lazily, so a
 * window reload right after typing could lose the text. Never used for secrets.
 */
export class FileMemento implements vscode.Memento {
  private values: Record<string, unknown>;

  constructor(private readonly file: string) {
    this.values = readJsonObject(file);
  }

  keys(): readonly string[] {
    return Object.keys(this.values);
  }

  get<T>(key: string, defaultValue?: T): T {
    return (key in this.values ? this.values[key] : defaultValue) as T;
  }

  async update(key: string, value: unknown): Promise<void> {
    const next = { ...this.values };
    if (value === undefined) delete next[key];
    else next[key] = value;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next));
    renameSync(temporary, this.file);
    this.values = next;
  }
}

function readJsonObject(file: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
