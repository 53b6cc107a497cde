/**
 * Publicity lists (公示名单) that print: which entities have one, their columns (paths into the
 * record; nested paths are fetched) and which statuses are published. Entities not named in the
 * schema are ignored, so this may list entities the server adds later.
 */
export interface PublicityConfig {
  title: { zh: string; en: string };
  columns: string[];
  /** Status values published; empty means the current list filter decides. */
  statuses?: string[];
}

export const publicityConfig: Record<string, PublicityConfig> = {
  JobPlacement: {
    title: { zh: '公益性岗位安置人员', en: 'Public-welfare post placements' },
    columns: ['person.name', 'person.gender', 'person.idNumber', 'village', 'post.name', 'post.postType', 'startDate', 'status'],
    statuses: [],
  },
  AssistanceProduct: {
    title: { zh: '消费帮扶产品认定', en: 'Certified assistance products' },
    columns: ['name', 'supplier.name', 'category', 'region', 'certifiedOn', 'validUntil', 'status'],
    statuses: [],
  },
};
