import type { ScaleGenerator } from './context';
import { organizationsGenerator, personsGenerator } from './base';
import { welfareGenerator } from './welfare';
import { workTeamGenerator } from './workteam';
import { cooperationGenerator } from './cooperation';
import { monitoringGenerator } from './monitoring';

/** Scale-data generators in order; each domain appends its own (posts need persons and organizations first). */
export const scaleGenerators: ScaleGenerator[] = [
  organizationsGenerator,
  personsGenerator,
  welfareGenerator,
  workTeamGenerator,
  cooperationGenerator,
  monitoringGenerator,
];
