import * as React from 'react';
import type { SchemaModel } from './model';
import type { CurrentUser } from '../data/auth';

export const ModelContext = React.createContext<SchemaModel | null>(null);
export const UserContext = React.createContext<CurrentUser | null>(null);
/** Type names of the entities the signed-in user may read (data/access.ts); null: not known, all shown. */
export const ReadableContext = React.createContext<ReadonlySet<string> | null>(null);

export function useModel(): SchemaModel {
  const m = React.useContext(ModelContext);
  if (!m) throw new Error('useModel outside ModelContext');
  return m;
}

export function useCurrentUser(): CurrentUser | null {
  return React.useContext(UserContext);
}

/** Whether the signed-in user may read an entity (by GraphQL type name). */
export function useCanRead(): (typeName: string | undefined) => boolean {
  const readable = React.useContext(ReadableContext);
  return React.useCallback((typeName) => !!typeName && (!readable || readable.has(typeName)), [readable]);
}
