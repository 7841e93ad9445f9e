/** The filing catalogue through the real client against the emulator (spec §3.1, §3.2, §3.4.6, §3.7.3). */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { useEmulatorSuite } from './harness';

const ECS = '69af625c1be54800b58ac4bae4870c90';
const REMOTE_LOGIN = '5efc9f47ace944bfafd054161409f15b';
const QUOTA_PRODUCT = '0c0d845de042443c98257417d89e6c3b';
const QUOTA_TYPE = 'b6dc3d3bf7ef434fa3f23d79cfc41449';

describe('huaweicloud catalogue operations', () => {
  const osm = useEmulatorSuite();

  it('signs the latest new-ticket agreement and then reports it signed', async () => {
    const agreement = await osm.client.catalogue.latestAgreement('0');
    assert.ok(agreement);
    const before = await osm.client.catalogue.isLatestAgreementSigned('0');
    const recordId = await osm.client.catalogue.signAgreement(agreement.id);
    const after = await osm.client.catalogue.isLatestAgreementSigned('0');
    assert.deepEqual([before, recordId > 0, after], [false, true, true]);
  });

  it('answers an unknown agreement type with the HTTP-200 business error OSM.01010031', async () => {
    await assert.rejects(osm.client.catalogue.latestAgreement('9'), (e) => isTicketError(e, 'invalid-input') && e.code === 'OSM.01010031' && e.httpStatus === 200);
  });

  it('lists categories with their products in English for X-Language en-us', async () => {
    const categories = await osm.client.catalogue.categories();
    assert.deepEqual(
      categories.map((c) => c.name),
      ['Common', 'Compute'],
    );
  });

  it('lists categories in Chinese for a Chinese display language', async () => {
    const categories = await osm.harness.client({ locale: 'zh-cn' }).catalogue.categories();
    assert.deepEqual(
      categories.map((c) => c.name),
      ['公共基础类', '计算类'],
    );
  });

  it('searches product categories by acronym', async () => {
    const products = await osm.client.catalogue.productCategories({ name: 'ecs' });
    assert.deepEqual(
      products.map((p) => p.id),
      [ECS],
    );
  });

  it('lists problem types of a product and marks faults', async () => {
    const types = await osm.client.catalogue.problemTypes(ECS);
    assert.deepEqual(
      types.map((t) => [t.id, t.isFault]),
      [
        [REMOTE_LOGIN, true],
        ['9b1a349c3a2849a391d58c10f9dc55a1', false],
      ],
    );
  });

  it('returns the templates of a problem type', async () => {
    const templates = await osm.client.catalogue.templates(REMOTE_LOGIN);
    assert.equal(templates[0]?.content, 'Instance ID: Symptom: Since: ');
  });

  it('returns the extends parameters and common parameters of a problem type', async () => {
    const params = await osm.client.catalogue.extendsParams(REMOTE_LOGIN, { productCategoryId: ECS });
    assert.deepEqual([params.params.map((p) => p.param_key), params.common.map((c) => c.param_key)], [['ecs_instance_id', 'login_methods', 'error_output'], ['contact_name']]);
  });

  it('rejects an unknown business type in the extends-map query with OSM.01010028', async () => {
    await assert.rejects(osm.client.catalogue.extendsParams('nope'), (e) => isTicketError(e) && e.code === 'OSM.01010028');
  });

  it('shows severities for a fault and hides the selector for a consultation', async () => {
    const fault = await osm.client.catalogue.severities(ECS, REMOTE_LOGIN);
    const consultation = await osm.client.catalogue.severities(QUOTA_PRODUCT, QUOTA_TYPE);
    assert.deepEqual([fault.show, fault.list.length, consultation.show], [true, 3, false]);
  });

  it('lists all regions and the regions where the account has resources', async () => {
    const [all, mine] = await Promise.all([osm.client.catalogue.regions(), osm.client.catalogue.customerRegions()]);
    assert.deepEqual([all.length, mine.map((r) => r.id)], [5, ['cn-north-4', 'cn-south-1']]);
  });

  it('lists country/area codes as strings', async () => {
    const codes = await osm.client.catalogue.areaCodes();
    assert.equal(codes[0]?.code, '86');
  });

  it('reads the CC e-mail limit', async () => {
    assert.equal(await osm.client.catalogue.ccEmailLimit(), 10);
  });

  it('reads the quota with its special-approval part', async () => {
    const quota = await osm.client.catalogue.quota(QUOTA_PRODUCT, QUOTA_TYPE);
    assert.deepEqual(quota, { total: 10, unUsed: 7, measure: 'MONTH', specialApproval: [{ used: 0, maxQuota: 2 }] });
  });

  it("reads the privilege policy switch and the caller's privilege", async () => {
    const [policy, has] = await Promise.all([osm.client.catalogue.privilegePolicy('createCase'), osm.client.catalogue.hasPrivilege('createCase')]);
    assert.deepEqual([policy, has], [false, true]);
  });

  it('reads the satisfaction dimensions with their reason tree', async () => {
    const dims = await osm.client.catalogue.satisfactionDimensions();
    assert.deepEqual([dims.satisfaction_dimension_list?.map((d) => d.satisfaction_id), dims.satisfaction_categories?.length], [[6, 7, 8], 1]);
  });

  it('reads the last CC e-mails for pre-filling the form', async () => {
    const cc = await osm.client.catalogue.ccEmails();
    assert.deepEqual(cc, { lastCcEmail: 'a@example.com;b@example.com', emails: ['a@example.com', 'b@example.com'] });
  });
});
