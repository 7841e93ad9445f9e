/**
 * Attachments of a file field: the host picks, checks and uploads the files (never through this page);
 * the page lists what was uploaded, shows progress and lets the user remove entries.
 */
import type { CreateAttachmentView, CreateFormStrings, CreateUploadResult, FileField } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';
import { fill, formatSize } from '../../shared/lib/format';
import { outsideAttribute, outsideElement } from '../../shared/lib/outside';
import { uniqueId } from './ids';

export class FilesControl {
  readonly root: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly list: HTMLUListElement;
  private readonly progress: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private readonly refusals: HTMLElement;
  private files: CreateAttachmentView[] = [];

  constructor(
    private readonly field: FileField,
    label: string,
    private readonly strings: CreateFormStrings,
    private readonly pick: (already: number) => Promise<CreateUploadResult>,
    private readonly onChange: (files: readonly CreateAttachmentView[]) => void,
  ) {
    this.button = h('button', { className: 'button-secondary', text: strings.addFiles, attrs: { type: 'button', id: `field-${field.id}`, 'aria-label': `${label}: ${strings.addFiles}` } });
    this.button.addEventListener('click', () => void this.add());
    const limits = h('span', { className: 'hint', text: fill(strings.fileLimits, field.maxFiles, formatSize(field.maxBytesPerFile, strings)) });
    this.list = h('ul', { className: 'file-list', attrs: { 'aria-label': label } });
    this.progress = h('progress', { attrs: { max: '1', value: '0', hidden: '', 'aria-label': label } });
    this.progressText = h('span', { className: 'hint', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.refusals = h('ul', { className: 'refusals', attrs: { id: uniqueId('refused'), role: 'alert' } });
    this.root = h('div', { className: 'files-control' }, h('div', { className: 'row' }, this.button, limits), this.progress, this.progressText, this.list, this.refusals);
  }

  setFiles(files: readonly CreateAttachmentView[]): void {
    this.files = [...files];
    this.renderList();
  }

  /** Upload progress sent by the host while a file is on its way. */
  showProgress(fileName: string, sentBytes: number, totalBytes: number): void {
    const ratio = totalBytes > 0 ? sentBytes / totalBytes : 0;
    this.progress.hidden = false;
    this.progress.value = ratio;
    this.progressText.textContent = fill(this.strings.uploading, outsideAttribute(fileName, 120), Math.round(ratio * 100));
  }

  private async add(): Promise<void> {
    this.button.disabled = true;
    this.refusals.replaceChildren();
    try {
      const result = await this.pick(this.files.length);
      this.files.push(...result.added);
      // The host's sentences name the files: isolated like any outside text.
      this.refusals.replaceChildren(...result.refused.map((text) => outsideElement('li', text, { className: 'error-text', maxChars: 500 })));
      this.renderList();
      if (result.added.length > 0) this.onChange(this.files);
    } catch (error) {
      this.refusals.replaceChildren(outsideElement('li', error instanceof Error ? error.message : String(error), { className: 'error-text', maxChars: 500 }));
    } finally {
      this.button.disabled = false;
      this.progress.hidden = true;
      this.progressText.textContent = '';
    }
  }

  private renderList(): void {
    this.list.replaceChildren(
      ...this.files.map((file) => {
        const name = outsideAttribute(file.fileName, 200);
        const remove = h('button', { className: 'icon-button', text: '✕', attrs: { type: 'button', 'aria-label': fill(this.strings.removeFile, name), title: fill(this.strings.removeFile, name) } });
        remove.addEventListener('click', () => {
          this.files = this.files.filter((entry) => entry !== file);
          this.renderList();
          this.onChange(this.files);
          this.button.focus();
        });
        return h(
          'li',
          {},
          outsideElement('span', file.fileName, { className: 'file-name', maxChars: 120 }),
          h('span', { className: 'hint', text: ` ${formatSize(file.sizeBytes, this.strings)} ` }),
          remove,
        );
      }),
    );
    this.button.disabled = this.files.length >= this.field.maxFiles;
  }
}
