import * as React from 'react';
import {
  AppBar,
  Layout as RaLayout,
  LayoutProps,
  LocalesMenuButton,
  Menu,
  TitlePortal,
  UserMenu,
  Logout,
  useDataProvider,
  useLocaleState,
  useTranslate,
  useSidebarState,
} from 'react-admin';
import { Badge, Box, Chip, Divider, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanRead, useCurrentUser, useModel } from '../schema/ModelContext';
import { menuGroups } from '../i18n/label-overrides';
import { setCurrentLocale } from '../i18n/locale';
import { Emblem } from '../pages/LoginScreen';
import { PENDING_COUNT_QUERY, PENDING_QUERY } from '../pages/PendingApprovals';
import type { AppDataProvider } from '../data/dataProvider';

function Dot({ color = '#90a4ae' }: { color?: string }) {
  return <Box component="span" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: color, display: 'inline-block', ml: 1 }} />;
}

function GroupHeader({ text }: { text: string }) {
  const [open] = useSidebarState();
  if (!open) return <Divider sx={{ my: 1 }} />;
  return (
    <Typography
      variant="caption"
      sx={{ display: 'block', px: 2, pt: 1.5, pb: 0.5, color: 'text.secondary', fontWeight: 600, letterSpacing: 1 }}
    >
      {text}
    </Typography>
  );
}

/**
 * 我的待办 with the number waiting: refetched every minute and whenever the console refreshes its
 * data (after every workflow action), so it drops as soon as the officer acts.
 */
function PendingMenuItem() {
  const model = useModel();
  const translate = useTranslate();
  const dp = useDataProvider<AppDataProvider>();
  const countable = model.queries.has(PENDING_COUNT_QUERY);
  const { data: count } = useQuery({
    queryKey: ['pendingApprovalCount'],
    queryFn: async () => ((await dp.query(`query PendingCount { ${PENDING_COUNT_QUERY} }`)) as Record<string, number>)[PENDING_COUNT_QUERY],
    enabled: countable,
    refetchInterval: 60_000,
  });
  const text = translate('app.menu.pending');
  return (
    <Menu.Item
      to="/pending"
      primaryText={
        <Badge
          badgeContent={count ?? 0}
          max={99}
          color="error"
          sx={{ '& .MuiBadge-badge': { right: -18, top: '50%' } }}
          data-testid="pending-badge"
          data-count={count ?? ''}
        >
          <span>{text}</span>
        </Badge>
      }
      tooltipProps={{ title: text }}
      leftIcon={<Dot color="#ef6c00" />}
    />
  );
}

/** The entities the user may read, in their menu sections; a section with none is left out. */
export function AppMenu() {
  const model = useModel();
  const canRead = useCanRead();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const placed = new Set<string>();
  const sections = menuGroups.map((g) => {
    const items = g.types.map((t) => model.byType.get(t)).filter((e): e is NonNullable<typeof e> => !!e);
    items.forEach((e) => placed.add(e.typeName));
    return { title: locale === 'en' ? g.en : g.zh, items: items.filter((e) => canRead(e.typeName)) };
  });
  const rest = model.entities.filter((e) => !placed.has(e.typeName) && canRead(e.typeName));
  if (rest.length) sections.splice(sections.length - 1, 0, { title: translate('app.menu.other'), items: rest });
  return (
    <Menu sx={{ pb: 4 }} data-testid="app-menu">
      <Menu.DashboardItem primaryText={translate('app.menu.dashboard')} leftIcon={<Dot color="#1d4f91" />} />
      {model.queries.has(PENDING_QUERY) && <PendingMenuItem />}
      {sections
        .filter((s) => s.items.length)
        .map((s) => (
          <React.Fragment key={s.title}>
            <GroupHeader text={s.title} />
            {s.items.map((e) => (
              <Menu.ResourceItem key={e.resource} name={e.resource} />
            ))}
          </React.Fragment>
        ))}
      <GroupHeader text={translate('app.menu.tools')} />
      <Menu.Item
        to="/graphiql"
        primaryText={translate('app.menu.graphiql')}
        leftIcon={<Dot />}
        onClick={(ev: React.MouseEvent) => {
          ev.preventDefault();
          window.open('/graphiql', '_blank');
        }}
      />
    </Menu>
  );
}

function LocaleSync() {
  const [locale] = useLocaleState();
  React.useEffect(() => {
    setCurrentLocale(locale);
    document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  }, [locale]);
  return null;
}

function AppTitle() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.2, mr: 2 }}>
      <Emblem size={30} />
      <Typography variant="h6" sx={{ fontWeight: 700, letterSpacing: 1, whiteSpace: 'nowrap', fontSize: 18 }}>
        {translate('app.title')}
      </Typography>
    </Box>
  );
}

function MyAppBar() {
  const user = useCurrentUser();
  const translate = useTranslate();
  return (
    <AppBar
      alwaysOn
      color="secondary"
      userMenu={
        <UserMenu>
          <Logout />
        </UserMenu>
      }
      toolbar={<LocalesMenuButton />}
    >
      <AppTitle />
      <Box sx={{ opacity: 0.6, mx: 1 }}>|</Box>
      <TitlePortal variant="body1" sx={{ fontWeight: 500 }} />
      {user?.regionName && (
        <Chip
          size="small"
          label={`${translate('app.user.region')}：${user.regionName}`}
          sx={{ bgcolor: 'rgba(255,255,255,0.15)', color: '#fff', mr: 1 }}
          data-testid="user-region"
        />
      )}
      {user && (
        <Typography variant="body2" sx={{ mr: 1, whiteSpace: 'nowrap' }}>
          {user.displayName}
        </Typography>
      )}
    </AppBar>
  );
}

export function AppLayout(props: LayoutProps) {
  return (
    <>
      <LocaleSync />
      <RaLayout {...props} appBar={MyAppBar} menu={AppMenu} />
    </>
  );
}
