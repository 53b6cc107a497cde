/**
 * Per-resource overrides: a resource that needs more than the generated views registers a component
 * here by GraphQL type name, e.g. `{ KeyCounty: { show: KeyCountyShow } }`, in a folder of its own
 * (admin/src/overrides/<Type>/). Everything not named stays generated from the schema.
 */
import type { ComponentType } from 'react';
import { ApiKeysPage } from '../pages/ApiKeys';

export interface ResourceOverride {
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}

export const resourceOverrides: Record<string, ResourceOverride> = {
  // 接口密钥: issue (secret shown once), rotate and revoke need more than a generated list.
  ApiKey: { list: ApiKeysPage },
};
