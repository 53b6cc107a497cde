import * as React from 'react';
import type { SchemaModel } from './model';
import type { CurrentUser } from '../data/auth';

export const ModelContext = React.createContext<SchemaModel | null>(null);
export const UserContext = React.createContext<CurrentUser | null>(null);

export function useModel(): SchemaModel {
  const m = React.useContext(ModelContext);
  if (!m) throw new Error('useModel outside ModelContext');
  return m;
}

export function useCurrentUser(): CurrentUser | null {
  return React.useContext(UserContext);
}
