import * as React from 'react';
import { InputAdornment } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  regex,
  required,
  useLocaleState,
  type RaRecord,
  type Validator,
} from 'react-admin';
import type { EntityModel, FilterModel, InputModel, SchemaModel } from '../schema/model';
import { normalizeMoneyText, recordTitle } from '../data/queries';
import { enumChoices } from '../format/values';
import { RegionInput } from '../inputs/RegionInput';
import type { CurrentUser } from '../data/auth';

const LONG_TEXT = /(note|notes|remark|remarks|description|comment|content|reason|summary|address|purpose|evaluation|scope|plan)$/i;
const MONEY = /^-?\d+(\.\d{1,2})?$/;

/** The text filter that searches an entity by its title, if it has one. */
export function titleSearchFilter(e: EntityModel | undefined): FilterModel | undefined {
  if (!e) return undefined;
  const head = e.titlePaths[0];
  return (
    e.filters.find((f) => f.kind === 'text' && f.name === head) ?? e.filters.find((f) => f.kind === 'text' && f.ops.includes('contains'))
  );
}

function EnumSelect({ model, i, list, validate }: { model: SchemaModel; i: InputModel; list?: boolean; validate?: Validator[] }) {
  const [locale] = useLocaleState();
  const choices = enumChoices(model, i.enumName, locale);
  return list ? (
    <SelectArrayInput source={i.name} choices={choices} validate={validate} />
  ) : (
    <SelectInput source={i.name} choices={choices} validate={validate} emptyText={i.required ? undefined : ' '} />
  );
}

function ReferencePicker({ model, i, validate, label }: { model: SchemaModel; i: InputModel; validate?: Validator[]; label?: string }) {
  const target = i.reference ? model.byType.get(i.reference) : undefined;
  if (!target) return <TextInput source={i.name} validate={validate} label={label} />;
  const search = titleSearchFilter(target);
  const common = {
    optionText: (r: RaRecord) => recordTitle(target, r),
    filterToQuery: (q: string) => (search && q ? { [search.name]: q } : {}),
    validate,
    label,
  };
  return i.list ? (
    <ReferenceArrayInput source={i.name} reference={target.resource} perPage={50}>
      <AutocompleteArrayInput {...common} />
    </ReferenceArrayInput>
  ) : (
    <ReferenceInput source={i.name} reference={target.resource} perPage={50}>
      <AutocompleteInput {...common} />
    </ReferenceInput>
  );
}

/**
 * One form input chosen from the input field's type. Labels come from the resource's field
 * translations (the schema descriptions). An input writing an object field (villageCode -> village,
 * postId -> post) is labelled as that field (所在村), not as the raw code column (所在村代码).
 */
export function renderInput(
  model: SchemaModel,
  e: EntityModel,
  i: InputModel,
  mode: 'create' | 'edit',
  user: CurrentUser | null,
): React.ReactElement | null {
  const validate = mode === 'create' && i.required ? [required()] : [];
  const label = i.sourceField ? `resources.${e.resource}.fields.${i.sourceField}` : undefined;
  switch (i.kind) {
    case 'reference':
      return <ReferencePicker key={i.name} model={model} i={i} validate={validate} label={label} />;
    case 'region':
      return (
        <RegionInput
          key={i.name}
          source={i.name}
          label={label}
          validate={validate}
          defaultValue={mode === 'create' ? (user?.regionCode ?? undefined) : undefined}
        />
      );
    case 'enum':
      return <EnumSelect key={i.name} model={model} i={i} list={i.list} validate={validate} />;
    case 'boolean':
      return <BooleanInput key={i.name} source={i.name} defaultValue={mode === 'create' ? false : undefined} />;
    case 'int':
      return <NumberInput key={i.name} source={i.name} validate={validate} step={1} />;
    case 'float':
      return <NumberInput key={i.name} source={i.name} validate={validate} />;
    case 'money':
      return (
        <TextInput
          key={i.name}
          source={i.name}
          validate={[...validate, regex(MONEY, 'ra.validation.number')]}
          slotProps={{ input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> } }}
          sx={{ maxWidth: 240 }}
        />
      );
    case 'date':
      return <DateInput key={i.name} source={i.name} validate={validate} />;
    case 'month':
      return (
        <TextInput
          key={i.name}
          source={i.name}
          validate={validate}
          type="month"
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ maxWidth: 240 }}
        />
      );
    case 'datetime':
      return <DateTimeInput key={i.name} source={i.name} validate={validate} />;
    case 'object':
      return null;
    default:
      if (i.list)
        return (
          <TextInput
            key={i.name}
            source={i.name}
            validate={validate}
            format={(v: unknown) => (Array.isArray(v) ? v.join('，') : v)}
            parse={(v: string) => v.split(/[,，、]\s*/).filter(Boolean)}
          />
        );
      if (LONG_TEXT.test(i.name)) return <TextInput key={i.name} source={i.name} validate={validate} multiline minRows={2} fullWidth />;
      return <TextInput key={i.name} source={i.name} validate={validate} />;
  }
}

/**
 * An amount in yuan for a money range filter: ¥ in front, digits as people type them (full-width
 * digits, thousands separators and a trailing 元 are accepted), sent to the server as exact decimal text.
 */
function MoneyFilterInput({ source }: { source: string }) {
  return (
    <TextInput
      source={source}
      parse={(v: string) => normalizeMoneyText(v ?? '')}
      validate={regex(MONEY, 'ra.validation.number')}
      slotProps={{ input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> }, htmlInput: { inputMode: 'decimal' } }}
      sx={{ maxWidth: 200 }}
    />
  );
}

/** Filter inputs from the entity's filter input type (a reference filter only when the user may read its target). */
export function renderFilters(
  model: SchemaModel,
  e: EntityModel,
  locale: string,
  canRead: (typeName: string | undefined) => boolean = () => true,
): React.ReactElement[] {
  const out: React.ReactElement[] = [];
  const search = titleSearchFilter(e);
  for (const f of e.filters) {
    const firstRegion = e.filters.find((x) => x.kind === 'region');
    const alwaysOn = f === search || f === firstRegion || (f.kind === 'enum' && f.name === 'status');
    switch (f.kind) {
      case 'text':
        out.push(<TextInput key={f.name} source={f.name} alwaysOn={alwaysOn} resettable />);
        break;
      case 'enum':
        out.push(
          <SelectInput
            key={f.name}
            source={f.name}
            alwaysOn={alwaysOn}
            choices={enumChoices(model, f.enumName, locale)}
            sx={{ minWidth: 140 }}
          />,
        );
        break;
      case 'archive':
        out.push(<SelectInput key={f.name} source={f.name} choices={enumChoices(model, f.enumName, locale)} sx={{ minWidth: 140 }} />);
        break;
      case 'boolean':
        out.push(
          <SelectInput
            key={f.name}
            source={f.name}
            choices={[
              { id: 'true', name: locale === 'en' ? 'Yes' : '是' },
              { id: 'false', name: locale === 'en' ? 'No' : '否' },
            ]}
          />,
        );
        break;
      case 'region':
        out.push(<RegionInput key={f.name} source={f.name} alwaysOn={alwaysOn} />);
        break;
      case 'reference': {
        const target = f.reference ? model.byType.get(f.reference) : undefined;
        if (!target || !canRead(target.typeName)) break;
        const s = titleSearchFilter(target);
        out.push(
          <ReferenceInput key={f.name} source={f.name} reference={target.resource} perPage={50}>
            <AutocompleteInput
              optionText={(r: RaRecord) => recordTitle(target, r)}
              filterToQuery={(q: string) => (s && q ? { [s.name]: q } : {})}
              sx={{ minWidth: 220 }}
            />
          </ReferenceInput>,
        );
        break;
      }
      case 'range': {
        const vk = f.valueKind;
        for (const op of ['gte', 'lte'] as const) {
          if (!f.ops.includes(op)) continue;
          const src = `${f.name}__${op}`;
          if (vk === 'date' || vk === 'datetime') out.push(<DateInput key={src} source={src} />);
          else if (vk === 'month') out.push(<TextInput key={src} source={src} type="month" slotProps={{ inputLabel: { shrink: true } }} />);
          else if (vk === 'int' || vk === 'float') out.push(<NumberInput key={src} source={src} />);
          else if (vk === 'money') out.push(<MoneyFilterInput key={src} source={src} />);
          else out.push(<TextInput key={src} source={src} />);
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}
