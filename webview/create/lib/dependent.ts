/**
 * Fields that only exist for some answers (Huawei: the extends parameters of a problem type). The
 * provider names them for the values entered so far; they are shown after the cascade that decides them.
 */
import type { CreateFormValues, FormField } from '../../../src/shared/protocol/create';

export class DependentFields {
  readonly container: HTMLElement;
  fields: readonly FormField[] = [];
  private signature = '[]';
  private seq = 0;

  constructor(private readonly load: (values: CreateFormValues) => Promise<readonly FormField[]>) {
    this.container = document.createElement('div');
    this.container.className = 'dependent-fields fields';
  }

  /** Loads the fields for `values`; resolves with them when they differ from the shown ones. */
  async refresh(values: CreateFormValues): Promise<readonly FormField[] | undefined> {
    const seq = ++this.seq;
    let fields: readonly FormField[];
    try {
      fields = await this.load(values);
    } catch {
      return undefined; // The fields stay as they are; the provider checks them again when filing.
    }
    const signature = JSON.stringify(fields);
    if (seq !== this.seq || signature === this.signature) return undefined;
    this.signature = signature;
    this.fields = fields;
    return fields;
  }
}
