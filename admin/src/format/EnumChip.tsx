import { Chip } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { useModel } from '../schema/ModelContext';
import { enumText, statusColor } from './values';

/** An enum value in the user's language; a status as a coloured chip. */
export function EnumChip({ enumName, value, status }: { enumName?: string; value: string; status?: boolean }) {
  const model = useModel();
  const [locale] = useLocaleState();
  const text = enumText(model, enumName, value, locale);
  if (!status) return <span>{text}</span>;
  const color = statusColor(value);
  return <Chip size="small" label={text} color={color} variant={color === 'default' ? 'outlined' : 'filled'} />;
}
