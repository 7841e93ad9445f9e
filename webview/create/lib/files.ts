/**
 * Attachments of a file field: the host picks, checks and uploads the files (never through this page);
 * the page lists what was uploaded, shows progress and lets the user remove entries.
 */
import type { CreateAttachmentView, CreateFormStrings, CreateUploadResult, FileField } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';
import { fill, formatSize } from '../../shared/lib/format';
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
    this.progressText.textContent = fill(this.strings.uploading, fileName, Math.round(ratio * 100));
  }

  private async add(): Promise<void> {
    this.button.disabled = true;
    this.refusals.replaceChildren();
    try {
      const result = await this.pick(this.files.length);
      this.files.push(...result.added);
      this.refusals.replaceChildren(...result.refused.map((text) => h('li', { className: 'error-text', text })));
      this.renderList();
      if (result.added.length > 0) this.onChange(this.files);
    } catch (error) {
      this.refusals.replaceChildren(h('li', { className: 'error-text', text: error instanceof Error ? error.message : String(error) }));
    } finally {
      this.button.disabled = false;
      this.progress.hidden = true;
      this.progressText.textContent = '';
    }
  }

  private renderList(): void {
    this.list.replaceChildren(
      ...this.files.map((file) => {
        const remove = h('button', { className: 'icon-button', text: '✕', attrs: { type: 'button', 'aria-label': fill(this.strings.removeFile, file.fileName), title: fill(this.strings.removeFile, file.fileName) } });
        remove.addEventListener('click', () => {
          this.files = this.files.filter((entry) => entry !== file);
          this.renderList();
          this.onChange(this.files);
          this.button.focus();
        });
        return h('li', {}, h('span', { className: 'file-name', text: file.fileName }), h('span', { className: 'hint', text: ` ${formatSize(file.sizeBytes, this.strings)} ` }), remove);
      }),
    );
    this.button.disabled = this.files.length >= this.field.maxFiles;
  }
}
