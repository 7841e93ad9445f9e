import * as vscode from 'vscode';
import type { Credentials } from '../../core/account';
import { looksLikeCredentialField } from '../../core/provider-descriptor';
import { PROVIDERS, type ProviderDescriptor } from '../../providers';
import { cloudName } from '../cloudName';
import type { NewAccount, StoredAccount } from '../accountStore';
import { outsideText, ownText, type SafeText } from '../../shared/outsideText';
import { inputStep, pickStep, StepBack, type StepFrame } from './steps';
import { diagnoseVerifyFailure, type CredentialField, type VerifyFailure } from './verifyFailure';
import { editConnectionSettings } from './accountSettingsPick';

/** Everything the flow collects. The secret stays in this object and goes only to the keychain. */
export interface AccountDraft {
  provider?: ProviderDescriptor;
  label?: string;
  accessKeyId?: string;
  accessKeySecret?: string;
  securityToken?: string;
  endpoint?: string;
  apiVersion?: string;
  /** The cloud's own settings (`ProviderDescriptor.accountSettings`). */
  site?: string;
  domainId?: string;
  extra?: Readonly<Record<string, string>>;
}

export type Verify = (account: StoredAccount, credentials: Credentials) => Promise<void>;

export type StepName = 'provider' | 'label' | 'accessKeyId' | 'secret' | 'securityToken' | 'connection';
const STEPS: readonly StepName[] = ['provider', 'label', 'accessKeyId', 'secret', 'securityToken', 'connection'];
const FIELD_TO_STEP: Partial<Record<CredentialField, StepName>> = { accessKeyId: 'accessKeyId', secret: 'secret', securityToken: 'securityToken', connection: 'connection' };

/**
 * The multi-step "add account" input: provider → label → key id → secret → optional STS token →
 * endpoint/version. After the last step the keys are proven with one cheap call; on failure the
 * flow returns to the step that is wrong, keeping everything else the user typed.
 * Resolves with the account and credentials to save, or undefined when cancelled.
 */
export async function runAddAccountFlow(
  verify: Verify,
  start: AccountDraft = {},
  firstStep: StepName = 'provider',
  knownProblems: Partial<Record<StepName, SafeText>> = {},
): Promise<{ account: NewAccount; credentials: Credentials } | undefined> {
  const draft: AccountDraft = { ...start };
  const problems: Partial<Record<StepName, SafeText>> = { ...knownProblems };
  let index = STEPS.indexOf(firstStep);
  for (;;) {
    if (index >= STEPS.length) {
      const outcome = await check(draft, verify);
      if (outcome === 'ok' || outcome === 'save-anyway') return toResult(draft);
      if (outcome === 'cancel') return undefined;
      problems[outcome.step] = outcome.message;
      index = STEPS.indexOf(outcome.step);
      continue;
    }
    const step = STEPS[index];
    try {
      const kept = await runStep(step, draft, { title: ownText(vscode.l10n.t('Add Cloud Account')), step: index + 1, totalSteps: STEPS.length }, problems[step]);
      if (!kept) return undefined;
      delete problems[step];
      index += 1;
    } catch (error) {
      if (!(error instanceof StepBack)) throw error;
      index = Math.max(0, index - 1);
    }
  }
}

/**
 * Re-entering an account's credentials: the stored ones are checked first and the flow opens at the
 * input their failure points to — an expired STS token at the token step, a rejected secret at the
 * secret step. A wrong clock asks for nothing: the user is told to fix the clock and may retry. When
 * the stored credentials work (or none are stored) the flow opens at the key id, to replace them.
 */
export async function runReentryFlow(verify: Verify, stored: AccountDraft): Promise<{ account: NewAccount; credentials: Credentials } | undefined> {
  if (!stored.accessKeyId || !stored.accessKeySecret) return runAddAccountFlow(verify, stored, 'accessKeyId');
  const outcome = await checkQuietly(stored, verify);
  if (outcome === undefined) return runAddAccountFlow(verify, stored, 'accessKeyId');
  if (outcome.field === 'clock') {
    const retry = vscode.l10n.t('Try Again');
    const answer = await vscode.window.showErrorMessage(outcome.message, { modal: true }, retry);
    return answer === retry ? runReentryFlow(verify, stored) : undefined;
  }
  const step = FIELD_TO_STEP[outcome.field] ?? 'accessKeyId';
  return runAddAccountFlow(verify, stored, step, { [step]: outcome.message });
}

/** Verifies a draft under a progress notification; the diagnosed failure, or undefined when it works. */
async function checkQuietly(draft: AccountDraft, verify: Verify): Promise<VerifyFailure | undefined> {
  const { account, credentials } = toResult(draft);
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the keys with {0}…', cloudName(draft.provider!)) }, () =>
      verify({ ...account, id: 'unsaved', addedAt: Date.now() }, credentials),
    );
    return undefined;
  } catch (error) {
    return diagnoseVerifyFailure(error);
  }
}

async function runStep(step: StepName, draft: AccountDraft, frame: StepFrame, problem?: SafeText): Promise<boolean> {
  switch (step) {
    case 'provider': {
      const items = PROVIDERS.map((provider) => ({ label: cloudName(provider), provider }));
      const picked = await pickStep(frame, items, ownText(vscode.l10n.t('Which cloud is this account on?')), Math.max(0, PROVIDERS.indexOf(draft.provider!)));
      if (!picked) return false;
      draft.provider = picked.provider;
      return true;
    }
    case 'label':
      return assign(
        draft,
        'label',
        await inputStep(frame, {
          prompt: ownText(vscode.l10n.t('A name for this account, shown in the Tickets view')),
          value: draft.label ?? vscode.l10n.t('{0} account', cloudName(draft.provider!)),
          validate: (value) => (value.trim() ? undefined : ownText(vscode.l10n.t('Enter a name.'))),
        }),
      );
    case 'accessKeyId':
      return assign(
        draft,
        'accessKeyId',
        await inputStep(frame, {
          prompt: ownText(vscode.l10n.t('Access key id (AK)')),
          placeholder: outsideText(draft.provider!.credentialFields.keyId.example),
          value: draft.accessKeyId,
          problem,
          validate: (value) => (value.trim() ? undefined : ownText(vscode.l10n.t('Enter the access key id.'))),
          hint: (value) =>
            looksLikeCredentialField(draft.provider!.credentialFields.keyId, value)
              ? undefined
              : ownText(
                  vscode.l10n.t(
                    'This does not look like a {0} access key id ({1}); check it before going on.',
                    cloudName(draft.provider!),
                    outsideText(draft.provider!.credentialFields.keyId.example),
                  ),
                ),
        }),
      );
    case 'secret':
      return assign(
        draft,
        'accessKeySecret',
        await inputStep(frame, {
          prompt: ownText(vscode.l10n.t("Access key secret (SK). It is stored only in VS Code's secret storage.")),
          password: true,
          value: draft.accessKeySecret,
          problem,
          validate: (value) => (value.trim() ? undefined : ownText(vscode.l10n.t('Enter the access key secret.'))),
          hint: (value) => (/\s/.test(value.trim()) ? ownText(vscode.l10n.t('The secret contains spaces; check that it was pasted completely.')) : undefined),
        }),
      );
    case 'securityToken':
      return assign(
        draft,
        'securityToken',
        await inputStep(frame, {
          prompt: ownText(vscode.l10n.t('STS security token (optional — only for temporary keys; leave empty otherwise)')),
          password: true,
          value: draft.securityToken,
          problem,
        }),
      );
    case 'connection':
      return connectionStep(draft, frame, problem);
  }
}

async function connectionStep(draft: AccountDraft, frame: StepFrame, problem?: SafeText): Promise<boolean> {
  const provider = draft.provider!;
  const versions = provider.apiVersions.map((version, i) => ({
    label: i === 0 ? vscode.l10n.t('Default endpoint, API {0}', outsideText(version)) : vscode.l10n.t('Default endpoint, legacy API {0}', outsideText(version)),
    apiVersion: version,
    custom: false,
  }));
  // A cloud with sites (China / International) offers its default endpoint once per site.
  const sites = provider.accountSettings.find((setting) => setting.key === 'site')?.choices ?? [];
  const defaults: ConnectionItem[] = versions.length
    ? versions
    : sites.length > 1
      ? sites.map((site, i) => ({
          label: i === 0 ? vscode.l10n.t('Default endpoint') : vscode.l10n.t('Default endpoint, {0}', vscode.l10n.t(site.label)),
          apiVersion: undefined,
          custom: false,
          site: site.value,
        }))
      : [{ label: vscode.l10n.t('Default endpoint'), apiVersion: undefined, custom: false }];
  const items: ConnectionItem[] = [
    ...defaults,
    { label: vscode.l10n.t('Custom endpoint…'), apiVersion: provider.apiVersions[0], custom: true, detail: problem },
    ...(provider.accountSettings.length > 0
      ? [
          {
            label: ownText(vscode.l10n.t('More settings ({0})…', provider.accountSettings.map((setting) => ownText(vscode.l10n.t(setting.label))).join(', '))),
            apiVersion: undefined,
            custom: false,
            more: true,
          },
        ]
      : []),
  ];
  const siteIndex = Math.max(
    0,
    defaults.findIndex((item) => item.site !== undefined && item.site === draft.site),
  );
  const picked = await pickStep(frame, items, problem ?? ownText(vscode.l10n.t('Where should requests go?')), draft.endpoint ? items.indexOf(items.find((item) => item.custom)!) : siteIndex);
  if (!picked) return false;
  draft.apiVersion = picked.apiVersion;
  if (picked.more) return moreSettings(draft);
  if (picked.site !== undefined) draft.site = picked.site === sites[0]?.value ? undefined : picked.site;
  if (!picked.custom) {
    draft.endpoint = undefined;
    return true;
  }
  return assign(
    draft,
    'endpoint',
    await inputStep(
      { ...frame },
      {
        prompt: ownText(vscode.l10n.t('Endpoint host or URL (for example a regional endpoint or a local emulator)')),
        value: draft.endpoint,
        problem,
        validate: (value) => (/^(https?:\/\/)?[\w.-]+(:\d+)?(\/.*)?$/.test(value.trim()) ? undefined : ownText(vscode.l10n.t('Enter a host name or an http(s) URL.'))),
      },
    ),
  );
}

interface ConnectionItem extends vscode.QuickPickItem {
  readonly apiVersion: string | undefined;
  readonly custom: boolean;
  readonly site?: string;
  readonly more?: boolean;
}

/** Endpoint, site, account id, IAM endpoint and group in one list; false when the user closed it. */
async function moreSettings(draft: AccountDraft): Promise<boolean> {
  const edited = await editConnectionSettings(draft.provider!, draft, ownText(vscode.l10n.t('Add Cloud Account')));
  if (!edited) return false;
  Object.assign(draft, { endpoint: edited.endpoint, site: edited.site, domainId: edited.domainId, extra: edited.extra });
  return true;
}

function assign<K extends keyof AccountDraft>(draft: AccountDraft, key: K, value: string | undefined): boolean {
  if (value === undefined) return false;
  (draft as Record<string, unknown>)[key] = value.trim() || undefined;
  return true;
}

type CheckOutcome = 'ok' | 'save-anyway' | 'cancel' | { step: StepName; message: SafeText };

async function check(draft: AccountDraft, verify: Verify): Promise<CheckOutcome> {
  const failure = await checkQuietly(draft, verify);
  if (failure === undefined) return 'ok';
  const step = FIELD_TO_STEP[failure.field];
  const fix = vscode.l10n.t('Fix It');
  const retry = vscode.l10n.t('Try Again');
  const saveAnyway = vscode.l10n.t('Save Anyway');
  // A wrong clock is fixed outside VS Code; the keys may be fine, so nothing is asked again.
  const choices = failure.field === 'clock' ? [retry, saveAnyway] : failure.field === 'permission' ? [saveAnyway, fix] : step ? [fix] : [retry, fix];
  const answer = await vscode.window.showErrorMessage(failure.message, { modal: true }, ...choices);
  if (answer === saveAnyway) return 'save-anyway';
  if (answer === retry) return check(draft, verify);
  if (answer === fix) return { step: step ?? 'accessKeyId', message: failure.message };
  return 'cancel';
}

function toResult(draft: AccountDraft): { account: NewAccount; credentials: Credentials } {
  const account: NewAccount = {
    providerId: draft.provider!.id,
    label: draft.label!,
    ...(draft.endpoint ? { endpoint: draft.endpoint } : {}),
    ...(draft.apiVersion ? { apiVersion: draft.apiVersion } : {}),
    ...(draft.site ? { site: draft.site } : {}),
    ...(draft.domainId ? { domainId: draft.domainId } : {}),
    ...(draft.extra && Object.keys(draft.extra).length > 0 ? { extra: draft.extra } : {}),
  };
  const credentials: Credentials = {
    accessKeyId: draft.accessKeyId!,
    accessKeySecret: draft.accessKeySecret!,
    ...(draft.securityToken ? { securityToken: draft.securityToken } : {}),
  };
  return { account, credentials };
}
