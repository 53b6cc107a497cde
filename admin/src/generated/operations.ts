/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type PublicityQueryVariables = Exact<{
  workflow: string;
  startedOn?: string | null | undefined;
  regionCode?: string | null | undefined;
}>;


export type PublicityQuery = { publicityList: { title: string, minDays: number, publishers: Array<string>, startsOn: string | null, endsOn: string | null, text: string, textEn: string, entries: Array<{ recordId: string, name: string, gender: string | null, village: string | null, post: string | null, supplier: string | null, reason: string }> } };
