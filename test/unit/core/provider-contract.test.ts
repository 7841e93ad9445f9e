// The provider contract: for every flavour of every registered cloud, each optional operation is
// present exactly when its capability is on, and the core helpers are the one way to reach them.
import assert from 'node:assert/strict';
import type { Capabilities } from '../../../src/core/capabilities';
import { isTicketError } from '../../../src/core/errors';
import type { TicketProvider } from '../../../src/core/provider';
import { contractViolations, offersOperation, OPERATION_GATES, operationIfOffered, OPTIONAL_OPERATIONS, requireOperation, type OptionalOperation } from '../../../src/core/provider-operations';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { PROVIDERS, type ProviderOptions } from '../../../src/providers';
import { createAliyunProvider, createHuaweiCloudProvider } from '../../../src/providers/factories';
import { READ_ONLY_CAPABILITIES } from '../../support/capabilities';

/** Each flavour the registry can build: one per API version, or one for a cloud without versions. */
const FLAVOURS = PROVIDERS.flatMap((descriptor) =>
  (descriptor.apiVersions.length > 0 ? descriptor.apiVersions : [undefined]).map((apiVersion) => ({ descriptor, apiVersion, name: `${descriptor.id}${apiVersion ? ` ${apiVersion}` : ''}` })),
);

/** Emulator key pairs by provider id (fixtures of src/emulator). */
const KEYS: Record<string, { accessKeyId: string; accessKeySecret: string }> = {
  aliyun: { accessKeyId: 'testid', accessKeySecret: 'testsecret' },
  huaweicloud: { accessKeyId: 'testak', accessKeySecret: 'testsk' },
};

/** The registry loads factories.ts lazily (a dynamic import mocha cannot follow); the same factories, by id. */
const FACTORIES: Record<string, (options: ProviderOptions) => TicketProvider> = { aliyun: createAliyunProvider, huaweicloud: createHuaweiCloudProvider };

function build(flavour: (typeof FLAVOURS)[number], endpoint: string): TicketProvider {
  const { descriptor, apiVersion } = flavour;
  const key = KEYS[descriptor.id];
  return FACTORIES[descriptor.id]({
    account: { id: flavour.name, providerId: descriptor.id, label: flavour.name, endpoint, ...(apiVersion ? { apiVersion } : {}) },
    credentials: async () => key,
  });
}

/** What each shipped flavour offers; written out so a changed flag or a lost method shows here. */
const EXPECTED: Record<string, readonly OptionalOperation[]> = {
  'aliyun 2021-06-10': ['cursorForPage', 'reopen', 'rate', 'uploadAttachment', 'ratingForm'],
  'aliyun 2020-03-26': ['cursorForPage'],
  huaweicloud: [
    'cursorForPage',
    'rate',
    'urge',
    'cancel',
    'withdrawMessage',
    'deleteTicket',
    'listLabels',
    'createLabel',
    'ticketLabels',
    'addTicketLabels',
    'removeTicketLabels',
    'ticketContact',
    'updateTicketContact',
    'contactVerificationState',
    'sendVerificationCode',
    'verifyContact',
    'checkFiling',
    'loadDependentFields',
    'uploadAttachment',
    'attachmentLimits',
    'ratingForm',
    'listLatestMessages',
    'listEarlierMessages',
    'paramRequest',
    'answerParamRequest',
    'listAuthorizations',
    'grantAuthorization',
    'refuseAuthorization',
    'revokeAuthorization',
    'listRelatedTickets',
    'listTicketHistory',
  ],
};

describe('provider contract: capability on ⇔ operation present', () => {
  it('knows every flavour the registry builds', () => {
    assert.deepEqual(FLAVOURS.map((flavour) => flavour.name).sort(), Object.keys(EXPECTED).sort());
  });

  for (const flavour of FLAVOURS) {
    describe(flavour.name, () => {
      let provider: TicketProvider;
      before(() => {
        provider = build(flavour, 'http://127.0.0.1:9');
      });

      it('offers by capability exactly the operations it implements, and no others', () => {
        const offered = OPTIONAL_OPERATIONS.filter((operation) => offersOperation(provider, operation));
        const implemented = OPTIONAL_OPERATIONS.filter((operation) => typeof provider[operation] === 'function');
        assert.deepEqual({ offered, implemented }, { offered: EXPECTED[flavour.name], implemented: EXPECTED[flavour.name] });
      });

      it('has no contract violations (rating shape present exactly when it rates)', () => {
        assert.deepEqual(contractViolations(provider), []);
      });

      it('refuses each operation it does not offer with a sentence naming the provider', () => {
        const refused = OPTIONAL_OPERATIONS.filter((operation) => !offersOperation(provider, operation)).map((operation) => {
          try {
            requireOperation(provider, operation);
            return `${operation}: offered`;
          } catch (error) {
            return isTicketError(error, 'invalid-input') && error.code === 'Unsupported' && error.message.includes(provider.displayName) ? 'refused' : `${operation}: ${String(error)}`;
          }
        });
        assert.ok(
          refused.every((outcome) => outcome === 'refused'),
          refused.join('; '),
        );
      });
    });
  }
});

describe('provider contract: page cursors over the emulator', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
  });
  after(() => emulator.close());

  for (const flavour of FLAVOURS) {
    it(`${flavour.name}: cursorForPage(i) lists the same page as following nextCursor`, async () => {
      const provider = build(flavour, emulator.url);
      const cursorForPage = requireOperation(provider, 'cursorForPage');
      const walked: string[][] = [];
      let cursor: string | undefined;
      do {
        const page = await provider.listTickets({}, { pageSize: 3, ...(cursor === undefined ? {} : { cursor }) });
        walked.push(page.items.map((ticket) => ticket.id));
        cursor = page.nextCursor;
      } while (cursor !== undefined && walked.length < 50);
      const direct = await Promise.all(walked.map(async (_, index) => (await provider.listTickets({}, { pageSize: 3, cursor: cursorForPage(index, 3) })).items.map((ticket) => ticket.id)));
      assert.ok(walked.length >= 2, `fixtures should fill at least two pages of 3, got ${walked.length}`);
      assert.deepEqual(direct, walked);
    });
  }
});

/** A provider with the given flags on and the given optional operations; required ones are never called. */
function stubProvider(flags: Partial<Capabilities>, operations: Partial<TicketProvider>): TicketProvider {
  const unused = (): Promise<never> => Promise.reject(new Error('not used here'));
  const capabilities: Capabilities = { ...READ_ONLY_CAPABILITIES, canCreate: true, canReply: true, canClose: true, unread: false, maxReplyLength: 100, ...flags };
  return {
    providerId: 'stub',
    displayName: 'Stub Cloud',
    capabilities,
    verifyCredentials: unused,
    getChangeSignal: unused,
    listTickets: unused,
    getTicket: unused,
    listMessages: unused,
    reply: unused,
    close: unused,
    getCreateForm: unused,
    loadFieldOptions: unused,
    createTicket: unused,
    ...operations,
  };
}

describe('provider contract: requireOperation and operationIfOffered', () => {
  it('gates every optional member of TicketProvider by a yes/no capability', () => {
    // A family of operations may share one flag (labels: list, create, add, remove).
    const capabilities = stubProvider({}, {}).capabilities as unknown as Record<string, unknown>;
    const notFlags = OPTIONAL_OPERATIONS.filter((operation) => typeof capabilities[OPERATION_GATES[operation]] !== 'boolean');
    assert.deepEqual({ notFlags, operations: OPTIONAL_OPERATIONS.length }, { notFlags: [], operations: 32 });
  });

  it('returns the operation bound to its provider when the capability is on', async () => {
    const urged: string[] = [];
    const provider = stubProvider(
      { canUrge: true },
      {
        urge(this: TicketProvider, ticketId: string) {
          urged.push(`${this.displayName}:${ticketId}`);
          return Promise.resolve();
        },
      },
    );
    await requireOperation(provider, 'urge')('T1');
    assert.deepEqual(urged, ['Stub Cloud:T1']);
  });

  it('refuses an operation whose capability is off even when the member exists (the capability decides)', () => {
    const provider = stubProvider({}, { urge: () => Promise.resolve() });
    assert.throws(
      () => requireOperation(provider, 'urge'),
      (error) => isTicketError(error, 'invalid-input') && error.code === 'Unsupported' && error.operation === 'urge' && /Stub Cloud/.test(error.message),
    );
    assert.equal(operationIfOffered(provider, 'urge'), undefined);
  });

  it("uses the host's translated sentence when one is given", () => {
    assert.throws(
      () => requireOperation(stubProvider({}, {}), 'cancel', 'Stub Cloud 不支持'),
      (error) => isTicketError(error, 'invalid-input') && error.message === 'Stub Cloud 不支持',
    );
  });

  it('calls a capability without its operation a broken provider, not an unsupported action', () => {
    const provider = stubProvider({ withdraw: true }, {});
    assert.throws(
      () => operationIfOffered(provider, 'withdrawMessage'),
      (error) => !isTicketError(error) && /Stub Cloud says it offers withdrawMessage/.test(String(error)),
    );
    assert.deepEqual(contractViolations(provider), ['capabilities.withdraw is on but withdrawMessage is missing']);
  });

  it('reports operations present without their capability, and a rating shape out of step with canRate', () => {
    const provider = stubProvider({ canRate: true }, { cursorForPage: () => '1', rate: () => Promise.resolve() });
    assert.deepEqual(contractViolations(provider), [
      'cursorForPage is present but capabilities.randomAccessPaging is off',
      'capabilities.canRate is on but ratingForm is missing',
      'capabilities.rating must be present exactly when canRate is on',
    ]);
  });
});
