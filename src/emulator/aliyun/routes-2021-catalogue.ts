// Version 2021-06-10 catalogue and attachment actions (spec §4.9–§4.11).
import { checkUidParameter, callerUid, wantsChinese, type ActionHandler } from './routes-types';

function fuzzy(filter: string | undefined, ...names: (string | undefined)[]): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  return names.some((name) => name !== undefined && name.toLowerCase().includes(needle));
}

const listProducts: ActionHandler = (call) => {
  const chinese = wantsChinese(call.params.optional('Language'));
  const filter = call.params.optional('Name');
  const directories = call.store.fixtures.directories
    .map((directory) => ({
      DirectoryId: directory.DirectoryId,
      DirectoryName: chinese ? (directory.DirectoryNameZh ?? directory.DirectoryName) : directory.DirectoryName,
      ProductList: directory.ProductList.filter((product) => fuzzy(filter, product.ProductName, product.ProductNameZh, product.ProductCode)).map((product) => ({
        ProductId: product.ProductId,
        ProductName: chinese ? (product.ProductNameZh ?? product.ProductName) : product.ProductName,
      })),
    }))
    .filter((directory) => !filter || directory.ProductList.length > 0);
  return { data: directories };
};

const listCategories: ActionHandler = (call) => {
  const productId = call.params.requiredInteger('ProductId');
  if (!call.store.productById(productId)) throw call.params.illegal();
  const chinese = wantsChinese(call.params.optional('Language'));
  const filter = call.params.optional('Name');
  const categories = call.store
    .categoriesOf(productId)
    .filter((category) => fuzzy(filter, category.CategoryName, category.CategoryNameZh))
    .map((category) => ({
      CategoryId: category.CategoryId,
      CategoryName: chinese ? (category.CategoryNameZh ?? category.CategoryName) : category.CategoryName,
    }));
  return { code: 200, data: categories };
};

const getAttachmentUploadUrl: ActionHandler = (call) => {
  checkUidParameter(call);
  const fileName = call.params.required('FileName');
  const object = call.store.objects.reserve(fileName, callerUid(call));
  return {
    data: {
      ObjectKey: object.objectKey,
      PutSignedUrl: call.store.objects.presign(call.ctx.baseUrl, object, 'PUT'),
      GetSignedUrl: call.store.objects.presign(call.ctx.baseUrl, object, 'GET'),
    },
  };
};

export const catalogueActions2021: Readonly<Record<string, ActionHandler>> = {
  ListProducts: listProducts,
  ListCategories: listCategories,
  GetAttachmentUploadUrl: getAttachmentUploadUrl,
};
