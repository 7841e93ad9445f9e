// Huawei Cloud credentials from the SDK environment variables (spec huaweicloud-osm §6.1).
import { importText, suggestLabel, withNote, type ImportCandidate, type ImportEnvironment, type ImportReport } from '../../../core/credential-import';
import { HUAWEICLOUD_ID, HUAWEICLOUD_NAME } from '../identity';

/** Scans `HUAWEICLOUD_SDK_*` variables; never throws. */
export function scanHuaweiCloudEnvironment(environment: ImportEnvironment): ImportReport {
  const { env } = environment;
  const read = (name: string): string => env[`HUAWEICLOUD_SDK_${name}`]?.trim() ?? '';
  const accessKeyId = read('AK');
  const accessKeySecret = read('SK');
  const candidates: ImportCandidate[] = [];
  const source = 'Environment variables (Huawei Cloud)';
  if (accessKeyId || accessKeySecret) {
    const securityToken = read('SECURITY_TOKEN');
    const domainId = read('DOMAIN_ID');
    const projectId = read('PROJECT_ID');
    // The SDKs' IAM override (spec §6.1) is where the account id is looked up.
    const iamEndpoint = read('IAM_ENDPOINT');
    const base: ImportCandidate = {
      provider: HUAWEICLOUD_ID,
      source: 'Environment: HUAWEICLOUD_SDK_AK',
      profile: 'HUAWEICLOUD_SDK_',
      suggestedLabel: suggestLabel(HUAWEICLOUD_NAME, 'environment'),
      accessKeyId,
      ...(accessKeySecret ? { accessKeySecret } : {}),
      ...(securityToken ? { securityToken } : {}),
      ...(domainId ? { domainId } : {}),
      ...(projectId ? { projectId } : {}),
      ...(iamEndpoint ? { extra: { iamEndpoint } } : {}),
      mode: securityToken ? 'temporary' : 'permanent',
      importable: accessKeyId !== '',
      needsSecret: accessKeySecret === '',
    };
    candidates.push(withNote(base, environmentNote(accessKeyId, accessKeySecret, securityToken, domainId)));
  }
  if (read('IDP_ID') && read('ID_TOKEN_FILE')) {
    candidates.push(
      withNote(
        {
          provider: HUAWEICLOUD_ID,
          source: 'Environment: HUAWEICLOUD_SDK_IDP_ID',
          suggestedLabel: suggestLabel(HUAWEICLOUD_NAME, 'federated'),
          accessKeyId: '',
          mode: 'federated',
          importable: false,
          needsSecret: false,
        },
        importText('Federated (OIDC) identities are exchanged for temporary keys at run time and cannot be imported.'),
      ),
    );
  }
  return { candidates, warnings: [], scanned: [{ source, status: candidates.length ? 'found' : 'missing', candidates: candidates.length }] };
}

function environmentNote(accessKeyId: string, accessKeySecret: string, securityToken: string, domainId: string) {
  if (!accessKeyId) return importText('{0} is set but {1} is not.', 'HUAWEICLOUD_SDK_SK', 'HUAWEICLOUD_SDK_AK');
  if (!accessKeySecret) return importText('{0} is not set; enter the secret access key.', 'HUAWEICLOUD_SDK_SK');
  if (securityToken) return importText('Temporary AK/SK with a security token; they stop working when the token expires.');
  if (!domainId) return importText('No account (domain) id; it is looked up through IAM when the account is added.');
  return undefined;
}
