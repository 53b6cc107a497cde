import type { AuthProvider } from 'ra-core';
import { ApiError, request } from './transport';

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  permissions: string[];
  regionCode?: string | null;
  regionName?: string | null;
  /** An administrator who must enrol a second factor before the console opens. */
  secondFactorEnrolmentRequired?: boolean;
}

const USER_FIELDS = 'id username displayName roles permissions regionCode secondFactorEnrolmentRequired';
let cached: CurrentUser | null = null;

async function withRegionName(user: CurrentUser | null): Promise<CurrentUser | null> {
  if (!user?.regionCode) return user;
  try {
    const d = await request<{ region: { name: string } | null }>('query RegionName($id: ID!) { region(id: $id) { name } }', { id: user.regionCode });
    return { ...user, regionName: d.region?.name ?? null };
  } catch {
    return user;
  }
}

export async function fetchMe(): Promise<CurrentUser | null> {
  try {
    const d = await request<{ me: CurrentUser | null }>(`query Me { me { ${USER_FIELDS} } }`);
    cached = await withRegionName(d.me);
  } catch (e) {
    if (e instanceof ApiError && (e.code === 'UNAUTHENTICATED' || e.status === 401)) cached = null;
    else throw e;
  }
  return cached;
}

export async function login(username: string, password: string, totp?: string): Promise<CurrentUser> {
  const d = await request<{ login: { token: string; user: CurrentUser } }>(
    `mutation Login($username: String!, $password: String!, $totp: String) { login(username: $username, password: $password, totp: $totp) { token user { ${USER_FIELDS} } } }`,
    { username, password, totp: totp || null },
  );
  cached = await withRegionName(d.login.user);
  return cached!;
}

/** Starts enrolling a TOTP second factor for the signed-in administrator: the secret to scan, shown once. */
export async function enrolTotp(): Promise<{ secret: string; uri: string }> {
  const d = await request<{ enrolTotp: { secret: string; uri: string } }>('mutation EnrolTotp { enrolTotp { secret uri } }');
  return d.enrolTotp;
}

/** Confirms the enrolment with the first code; the session then gets its full permissions. */
export async function confirmTotp(code: string): Promise<void> {
  await request('mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) }', { code });
  if (cached) cached = { ...cached, secondFactorEnrolmentRequired: false };
}

export async function logout(): Promise<void> {
  try { await request('mutation Logout { logout }'); } catch { /* already signed out */ }
  cached = null;
}

export const authProvider: AuthProvider = {
  login: async ({ username, password, totp }) => { await login(username, password, totp); },
  logout: async () => { await logout(); },
  checkAuth: async () => {
    if (cached) return;
    if (!(await fetchMe())) throw new Error('ra.auth.auth_check_error');
  },
  checkError: async (error) => {
    const status = error?.status;
    if (status === 401) { cached = null; throw new Error('app.error.unauthenticated'); }
  },
  getIdentity: async () => {
    const u = cached ?? (await fetchMe());
    if (!u) throw new Error('not signed in');
    return { id: u.id, fullName: u.displayName || u.username };
  },
  getPermissions: async () => cached?.permissions ?? [],
};
