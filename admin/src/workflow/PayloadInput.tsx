import * as React from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import type { InputModel } from '../schema/model';
import { useModel } from '../schema/ModelContext';
import { enumChoices } from '../format/values';
import { RegionSelects } from '../inputs/RegionInput';

/** A payload value as a dialog holds it before the data provider coerces it: text, a yes/no, a region code. */
export type PayloadValue = string | boolean | null | undefined;

/** One payload field of a workflow action, as the input its kind needs. */
export function PayloadInput({
  p,
  value,
  onChange,
  error,
  required,
}: {
  p: InputModel;
  value: PayloadValue;
  onChange: (v: PayloadValue) => void;
  error?: string;
  required: boolean;
}) {
  const model = useModel();
  const [locale] = useLocaleState();
  const label = locale === 'en' ? p.label.en : p.label.zh;
  const common = {
    fullWidth: true,
    size: 'small' as const,
    label,
    required,
    error: !!error,
    helperText: error,
    value: value ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    margin: 'dense' as const,
    slotProps: {
      htmlInput: { 'data-payload': p.name },
      inputLabel: { shrink: ['date', 'month', 'datetime'].includes(p.kind) ? true : undefined },
    },
  };
  switch (p.kind) {
    case 'enum':
      return (
        <TextField {...common} select>
          {enumChoices(model, p.enumName, locale).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.name}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'date':
      return <TextField {...common} type="date" />;
    case 'month':
      return <TextField {...common} type="month" />;
    case 'datetime':
      return <TextField {...common} type="datetime-local" />;
    case 'int':
    case 'float':
      return <TextField {...common} type="number" />;
    case 'money':
      return (
        <TextField {...common} slotProps={{ ...common.slotProps, input: { startAdornment: <span style={{ marginRight: 4 }}>¥</span> } }} />
      );
    case 'boolean':
      return (
        <TextField
          {...common}
          select
          value={value === undefined ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === 'true')}
        >
          <MenuItem value="true">{locale === 'en' ? 'Yes' : '是'}</MenuItem>
          <MenuItem value="false">{locale === 'en' ? 'No' : '否'}</MenuItem>
        </TextField>
      );
    case 'region':
      return (
        <Box sx={{ my: 1 }}>
          <Typography variant="caption">{label}</Typography>
          <RegionSelects value={typeof value === 'string' ? value : null} onChange={onChange} />
        </Box>
      );
    default:
      return <TextField {...common} multiline={/reason|comment|note/i.test(p.name)} />;
  }
}
