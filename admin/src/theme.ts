import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { deepmerge } from '@mui/utils';

/** System fonts only: the console must not fetch fonts from anywhere. */
export const FONT_STACK =
  '"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

export const PRIMARY = '#1d4f91';
export const ACCENT = '#b71c1c';

const overrides: RaThemeOptions = {
  palette: {
    primary: { main: PRIMARY, dark: '#133a6e', light: '#4a76b5' },
    secondary: { main: ACCENT },
    background: { default: '#f0f2f5' },
  },
  typography: { fontFamily: FONT_STACK, fontSize: 13.5 },
  shape: { borderRadius: 4 },
  sidebar: { width: 220, closedWidth: 56 },
  components: {
    RaLayout: { styleOverrides: { root: { '& .RaLayout-content': { minWidth: 0 } } } },
    RaList: { styleOverrides: { root: { minWidth: 0, '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } } } },
    RaAppBar: { styleOverrides: { root: { '& .RaAppBar-toolbar': { minHeight: 56 } } } },
    MuiAppBar: { styleOverrides: { colorSecondary: { background: `linear-gradient(90deg, ${ACCENT} 0%, #8e1616 100%)`, color: '#fff' } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiCard: { styleOverrides: { root: { boxShadow: 'none', border: '1px solid #e3e7ee' } } },
    MuiTableCell: { styleOverrides: { sizeSmall: { padding: '6px 12px' } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: { '&.RaMenuItemLink-active': { borderLeft: `3px solid ${ACCENT}`, backgroundColor: '#e8eef7', fontWeight: 600 } },
      },
    },
  },
};

export const theme: RaThemeOptions = deepmerge(defaultTheme, overrides);
