/** The IAM routes the OSM client needs (spec §7.1): token issuance, account (domain) id, projects. */
import { gatewayError, ok } from '../http';
import type { OsmRoute, RouteContext } from '../router';

/** Password accepted for any IAM user of the demo account. */
export const DEMO_IAM_PASSWORD = 'demo-password';

function issueToken(rc: RouteContext) {
  const body = rc.json();
  const auth = (body.auth ?? {}) as { identity?: { methods?: unknown; password?: { user?: { name?: unknown; password?: unknown; domain?: { name?: unknown; id?: unknown } } } } };
  const user = auth.identity?.password?.user;
  const domain = user?.domain;
  const domainMatches = domain?.name === rc.state.account.domainName || domain?.id === rc.state.account.domainId;
  if (typeof user?.name !== 'string' || user.password !== DEMO_IAM_PASSWORD || !domainMatches) {
    throw gatewayError(401, 'APIGW.0301', 'Incorrect IAM authentication information: The username or password is wrong.', rc.requestId);
  }
  const { token, expiresAt } = rc.state.issueToken();
  const response = ok({
    token: {
      expires_at: expiresAt.toISOString(),
      methods: ['password'],
      user: { name: user.name, domain: { id: rc.state.account.domainId, name: rc.state.account.domainName } },
    },
  });
  return { ...response, status: 201, headers: { ...response.headers, 'x-subject-token': token } };
}

export const iamRoutes: OsmRoute[] = [
  { method: 'POST', pattern: '/v3/auth/tokens', op: 'KeystoneCreateUserTokenByPassword', service: 'iam', anonymous: true, handle: issueToken },
  {
    method: 'GET',
    pattern: '/v3/auth/domains',
    op: 'KeystoneListAuthDomains',
    service: 'iam',
    handle: (rc) =>
      ok({
        domains: [
          {
            id: rc.caller?.domainId ?? rc.state.account.domainId,
            name: rc.caller?.domainId === rc.state.account.domainId ? rc.state.account.domainName : 'other-account',
            enabled: true,
            description: '',
          },
        ],
        links: { self: `${rc.ctx.baseUrl}/v3/auth/domains`, previous: null, next: null },
      }),
  },
  {
    method: 'GET',
    pattern: '/v3/projects',
    op: 'KeystoneListProjects',
    service: 'iam',
    handle: (rc) => {
      const wanted = rc.query.string('name');
      const projects = [{ id: rc.state.account.projectIdCnSouth1, name: 'cn-south-1' }]
        .filter((p) => !wanted || p.name === wanted)
        .map((p) => ({ ...p, domain_id: rc.state.account.domainId, parent_id: rc.state.account.domainId, is_domain: false, enabled: true, description: '' }));
      return ok({ projects, links: { self: `${rc.ctx.baseUrl}/v3/projects`, previous: null, next: null } });
    },
  },
];
