import * as React from 'react';
import { Admin, CustomRoutes, Resource, localStorageStore, type RaRecord } from 'react-admin';
import { Route } from 'react-router-dom';
import type { SchemaModel } from './schema/model';
import { ModelContext, ReadableContext, UserContext } from './schema/ModelContext';
import type { CurrentUser } from './data/auth';
import { authProvider } from './data/auth';
import { buildAppDataProvider } from './data/dataProvider';
import { buildI18nProvider } from './i18n';
import { makeCreate, makeEdit, makeList, makeShow } from './views/resource';
import { resourceOverrides } from './overrides';
import { recordTitle } from './data/queries';
import { theme } from './theme';
import { AppLayout } from './layout/Layout';
import { Dashboard } from './dashboard/Dashboard';
import { PendingApprovalsPage } from './pages/PendingApprovals';
import { PublicityPage } from './pages/Publicity';
import { LoginScreen } from './pages/LoginScreen';

const store = localStorageStore('1');

function ReLogin() {
  return (
    <LoginScreen
      onLogin={() => {
        window.location.hash = '#/';
        window.location.reload();
      }}
    />
  );
}

/**
 * One <Resource> per entity in the schema that the user may read (`readable`, from data/access.ts;
 * omitted: all); overrides replace single views where registered.
 */
export function App({ model, user, readable }: { model: SchemaModel; user: CurrentUser | null; readable?: ReadonlySet<string> }) {
  const dataProvider = React.useMemo(() => buildAppDataProvider(model), [model]);
  const i18nProvider = React.useMemo(() => buildI18nProvider(model), [model]);
  const resources = React.useMemo(
    () =>
      model.entities
        .filter((e) => !readable || readable.has(e.typeName))
        .map((e) => {
          const o = resourceOverrides[e.typeName] ?? {};
          return (
            <Resource
              key={e.resource}
              name={e.resource}
              list={o.list ?? makeList(model, e)}
              show={o.show ?? makeShow(model, e)}
              edit={o.edit ?? makeEdit(model, e)}
              create={o.create ?? makeCreate(model, e)}
              recordRepresentation={(r: RaRecord) => recordTitle(e, r)}
            />
          );
        }),
    [model, readable],
  );
  return (
    <ModelContext.Provider value={model}>
      <ReadableContext.Provider value={readable ?? null}>
        <UserContext.Provider value={user}>
          <Admin
            dataProvider={dataProvider}
            authProvider={authProvider}
            i18nProvider={i18nProvider}
            store={store}
            theme={theme}
            layout={AppLayout}
            dashboard={Dashboard}
            loginPage={ReLogin}
            title="乡村振兴帮扶管理系统"
            disableTelemetry
            requireAuth
          >
            {resources}
            <CustomRoutes>
              <Route path="/pending" element={<PendingApprovalsPage />} />
              <Route path="/publicity/:resource" element={<PublicityPage />} />
            </CustomRoutes>
          </Admin>
        </UserContext.Provider>
      </ReadableContext.Provider>
    </ModelContext.Provider>
  );
}
