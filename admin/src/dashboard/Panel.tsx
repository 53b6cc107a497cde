import * as React from 'react';
import { Card, CardContent, Typography } from '@mui/material';

export const COLORS = ['#1d4f91', '#c0392b', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#8d6e63', '#546e7a'];

/** The dashboard's filters. yearChosen: the user picked the year; otherwise charts may fall back to the latest year with data. */
export interface Ctx {
  regionCode: string | null;
  year: number;
  yearChosen?: boolean;
}

/** A titled card holding one chart. */
export function Panel({ title, children, testid }: { title: string; children: React.ReactNode; testid?: string }) {
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid={testid}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1, borderLeft: '4px solid', borderColor: 'primary.main', pl: 1 }}>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
