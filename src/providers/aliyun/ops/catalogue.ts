/** Workorder 2021-06-10 catalogue actions (spec §4): the product directories and a product's categories. */
import type { WorkorderTransport } from '../transport';
import type { AliyunResult } from '../wire/types';
import { action2021 } from './tickets';

const LIST_PRODUCTS = action2021('ListProducts', 'read');
const LIST_CATEGORIES = action2021('ListCategories', 'read');

export class AliyunCatalogueApi {
  constructor(private readonly t: WorkorderTransport) {}

  listProducts(language: string, name?: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.t.call(LIST_PRODUCTS, { language, name: name || undefined }, signal);
  }

  listCategories(productId: number, language: string, signal?: AbortSignal): Promise<AliyunResult> {
    return this.t.call(LIST_CATEGORIES, { productId, language }, signal);
  }
}
