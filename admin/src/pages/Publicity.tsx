/**
 * A printable publicity notice (公示名单) for the entities named in overrides/publicity.ts. The rows,
 * the notice text (the period actually configured) and the publishing bodies all come from the
 * server's `publicityList`: exactly the records whose publicity is running, or one batch by start
 * day, and only the columns a notice board may show.
 */
import * as React from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, CircularProgress, TextField, Typography } from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useModel } from '../schema/ModelContext';
import { publicityConfig, PUBLICITY_LIST_QUERY } from '../overrides/publicity';
import type { AppDataProvider } from '../data/dataProvider';
import { errorMessage } from '../data/errors';
import type { PublicityQuery } from '../generated/operations';

type Notice = PublicityQuery['publicityList'];

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function PublicityPage() {
  const { resource } = useParams();
  const [params, setParams] = useSearchParams();
  const model = useModel();
  const dp = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const e = resource ? model.byResource.get(resource) : undefined;
  const config = e ? publicityConfig[e.typeName] : undefined;
  const startedOn = params.get('startedOn') || null;
  const regionCode = params.get('region') || null;
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    if (!e || !config) return;
    setNotice(null);
    setError(null);
    dp.query<PublicityQuery>(PUBLICITY_LIST_QUERY, { workflow: e.typeName, startedOn, regionCode })
      .then((d) => setNotice(d.publicityList))
      .catch((err) => setError(errorMessage(err)));
  }, [e, config, dp, startedOn, regionCode]);

  if (!e || !config) return <Alert severity="warning">{resource}</Alert>;
  const name = locale === 'en' ? config.title.en : config.title.zh;
  const publishers = notice?.publishers.join(locale === 'en' ? ', ' : '、') ?? '';
  const date = notice?.startsOn ? (locale === 'en' ? notice.startsOn : chineseDate(notice.startsOn)) : '';
  return (
    <Box className="publicity-page" sx={{ bgcolor: '#fff', p: { xs: 2, md: 4 }, mt: 1 }}>
      <Title title={translate('app.publicity.title', { name })} />
      <Box className="no-print" sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {translate(startedOn ? 'app.publicity.batch_hint' : 'app.publicity.running_hint')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField
            type="date"
            size="small"
            label={translate('app.publicity.batch')}
            value={startedOn ?? ''}
            onChange={(ev) => {
              const next = new URLSearchParams(params);
              if (ev.target.value) next.set('startedOn', ev.target.value);
              else next.delete('startedOn');
              setParams(next);
            }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'publicity-batch' } }}
          />
          <Button variant="contained" onClick={() => window.print()} data-testid="print-button">
            {translate('app.common.print')}
          </Button>
        </Box>
      </Box>
      <Typography
        variant="h5"
        align="center"
        sx={{ fontWeight: 700, letterSpacing: 2, mb: 1, fontFamily: '"SimSun","Songti SC","Noto Serif CJK SC",serif' }}
        data-testid="publicity-title"
      >
        {translate('app.publicity.title', { name })}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {!notice && !error && (
        <Box sx={{ textAlign: 'center', p: 4 }}>
          <CircularProgress size={24} />
        </Box>
      )}
      {notice && (
        <table className="publicity-table">
          <thead>
            <tr>
              <th style={{ width: 48 }}>{translate('app.publicity.seq')}</th>
              {config.columns.map((c) => (
                <th key={c.field}>{locale === 'en' ? c.label.en : c.label.zh}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {notice.entries.length === 0 && (
              <tr>
                <td colSpan={config.columns.length + 1} style={{ textAlign: 'center' }}>
                  {translate('app.publicity.empty')}
                </td>
              </tr>
            )}
            {notice.entries.map((r, i) => (
              <tr key={r.recordId}>
                <td style={{ textAlign: 'center' }}>{i + 1}</td>
                {config.columns.map((c) => (
                  <td key={c.field}>{r[c.field] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice && (
        <>
          <Typography variant="body2" sx={{ mt: 3, textIndent: '2em', lineHeight: 1.9 }} data-testid="publicity-notice">
            {locale === 'en' ? notice.textEn : notice.text}
          </Typography>
          <Box sx={{ mt: 4, textAlign: 'right', lineHeight: 2 }}>
            <div data-testid="publicity-issuer">
              {translate('app.publicity.issuer')}：{publishers}
            </div>
            <div>
              {translate('app.publicity.date')}：{date}
            </div>
          </Box>
        </>
      )}
    </Box>
  );
}
