/**
 * Region picker drilling province → city → county → township → village. Each level is loaded on
 * demand with `regions(filter: { parent: { eq: code } })` (the first level with the first value of
 * the level enum). The value is the deepest code chosen. Codes nest by prefix (2/4/6/9/12 digits),
 * so an existing value opens with its ancestors selected.
 */
import * as React from 'react';
import { Box, FormHelperText, FormLabel, MenuItem, TextField } from '@mui/material';
import { useInput, useTranslate, useDataProvider, FieldTitle, useResourceContext, InputProps } from 'react-admin';
import { useModel, useCurrentUser } from '../schema/ModelContext';
import type { AppDataProvider } from '../data/dataProvider';
import type { Region } from '../generated/schema';

const LENGTHS = [2, 4, 6, 9, 12];
const LEVEL_KEYS = ['province', 'city', 'county', 'township', 'village'];

interface RegionOption {
  code: string;
  name: string;
}

export function ancestorsOf(code: string | null | undefined): string[] {
  if (!code) return [];
  return LENGTHS.filter((l) => l <= code.length).map((l) => code.slice(0, l));
}

const cache = new Map<string, Promise<RegionOption[]>>();

function useRegionLoader() {
  const model = useModel();
  const dp = useDataProvider<AppDataProvider>();
  const region = model.byType.get('Region');
  const levelField = region?.fieldMap.get('level');
  const levelValues = levelField ? (model.enums.get(levelField.typeName)?.values.map((v) => v.value) ?? []) : [];
  const parentFilter = region?.filters.find((f) => f.name === 'parent');
  const codeFilter = region?.filters.find((f) => f.kind === 'region' || f.name === 'code' || f.name === 'id');
  const orderField = region?.fieldMap.get('code')?.sortKey;
  return React.useCallback(
    (parent: string | null, depth: number): Promise<RegionOption[]> => {
      if (!region) return Promise.resolve([]);
      const key = `${parent ?? ''}/${depth}`;
      if (!cache.has(key)) {
        const filter: Record<string, unknown> = {};
        if (parent && parentFilter) filter.parent = { eq: parent };
        else if (parent && codeFilter?.ops.includes('startsWith')) filter[codeFilter.name] = { startsWith: parent };
        if (levelField && levelValues[depth] && (!parent || !parentFilter)) filter.level = { eq: levelValues[depth] };
        const order = orderField && region.orderType ? `, orderBy: [{ field: ${orderField}, direction: ASC }]` : '';
        const q = `query RegionOptions($filter: ${region.filterType}) { ${region.listQuery}(first: 500, filter: $filter${order}) { nodes { id code name } } }`;
        cache.set(
          key,
          dp
            .query<Record<string, { nodes: Pick<Region, 'id' | 'code' | 'name'>[] } | null>>(q, { filter })
            .then((d) => (d[region.listQuery]?.nodes ?? []).map((n) => ({ code: n.code ?? n.id, name: n.name })))
            .catch((e) => {
              cache.delete(key);
              throw e;
            }),
        );
      }
      return cache.get(key)!;
    },
    [dp, region, parentFilter, codeFilter, levelField, levelValues.join(','), orderField],
  );
}

export function RegionSelects({
  value,
  onChange,
  maxDepth = 5,
  size = 'small',
  defaultPath,
  disabled,
}: {
  value: string | null | undefined;
  onChange: (code: string | null) => void;
  maxDepth?: number;
  size?: 'small' | 'medium';
  defaultPath?: string | null;
  disabled?: boolean;
}) {
  const translate = useTranslate();
  const load = useRegionLoader();
  const path = ancestorsOf(value || defaultPath || '');
  const [options, setOptions] = React.useState<RegionOption[][]>([]);
  const key = path.join('/');
  React.useEffect(() => {
    let live = true;
    const parents: (string | null)[] = [null, ...path];
    Promise.all(parents.slice(0, maxDepth).map((p, i) => (i === 0 || p ? load(p, i) : Promise.resolve([]))))
      .then((lists) => {
        if (live) setOptions(lists);
      })
      .catch(() => {
        if (live) setOptions([]);
      });
    return () => {
      live = false;
    };
  }, [key, load, maxDepth]);

  const levels = Math.min(maxDepth, path.length + 1);
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {Array.from({ length: levels }, (_, i) => {
        const list = options[i] ?? [];
        if (i > 0 && !list.length) return null;
        return (
          <TextField
            key={i}
            select
            fullWidth={false}
            size={size}
            disabled={disabled}
            label={translate(`app.region.${LEVEL_KEYS[i]}`)}
            value={path[i] && list.some((o) => o.code === path[i]) ? path[i] : ''}
            onChange={(ev) => onChange(ev.target.value ? String(ev.target.value) : i > 0 ? path[i - 1] : null)}
            sx={{ minWidth: i < 3 ? 120 : 150, width: 'auto !important', flex: '0 0 auto' }}
            slotProps={{ select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 360 } } } } } }}
            data-testid={`region-level-${i}`}
          >
            <MenuItem value="">
              <em>{translate('app.region.pick')}</em>
            </MenuItem>
            {list.map((o) => (
              <MenuItem key={o.code} value={o.code}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
        );
      })}
    </Box>
  );
}

/** react-admin input bound to a region code field (form or filter). */
export function RegionInput(props: InputProps & { prefillUserRegion?: boolean; alwaysOn?: boolean }) {
  const { source, label, validate, helperText, prefillUserRegion } = props;
  const resource = useResourceContext(props);
  const user = useCurrentUser();
  const { field, fieldState, isRequired } = useInput({
    ...props,
    source,
    validate,
    format: (v: string | null | undefined) => v ?? null,
    parse: (v: string | null | undefined) => v ?? null,
  });
  const error = fieldState.error?.message;
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1, mt: 1 }} data-testid={`region-input-${source}`}>
      <FormLabel sx={{ fontSize: 12, display: 'block', mb: 0.5 }}>
        <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />
      </FormLabel>
      <RegionSelects
        value={field.value}
        onChange={(c) => field.onChange(c)}
        defaultPath={prefillUserRegion ? user?.regionCode : undefined}
      />
      {(error || helperText) && <FormHelperText error={!!error}>{error ? translate(error, { _: error }) : helperText}</FormHelperText>}
    </Box>
  );
}
