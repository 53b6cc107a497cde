import type { Settings } from '../server/src/config';
import type { SeederClass } from '../server/src/bootstrap';
import { AllVillagesSeeder, ReferenceSeeder } from './reference.seeder';
import { DemoSeeder } from './demo.seeder';
import { WelfareSeeder } from './welfare.seeder';
import { KeyCountySeeder } from './keycounty.seeder';
import { WorkTeamSeeder } from './workteam.seeder';
import { CooperationSeeder } from './cooperation.seeder';
import { ConsumptionSeeder } from './consumption.seeder';
import { MonitoringSeeder } from './monitoring.seeder';

/** Seeders in the order they run on first start; each runs once per database. */
export function seedersFor(settings: Settings): { name: string; seeder: SeederClass }[] {
  const list: { name: string; seeder: SeederClass }[] = [{ name: 'reference', seeder: ReferenceSeeder }];
  if (settings.allVillages) list.push({ name: 'all-villages', seeder: AllVillagesSeeder });
  if (settings.demoData) list.push({ name: 'demo', seeder: DemoSeeder });
  if (settings.demoData) list.push({ name: 'welfare-demo', seeder: WelfareSeeder });
  if (settings.demoData) list.push({ name: 'demo-keycounty', seeder: KeyCountySeeder });
  if (settings.demoData) list.push({ name: 'demo-workteam', seeder: WorkTeamSeeder });
  if (settings.demoData) list.push({ name: 'demo-cooperation', seeder: CooperationSeeder });
  if (settings.demoData) list.push({ name: 'demo-consumption', seeder: ConsumptionSeeder });
  if (settings.demoData) list.push({ name: 'demo-monitoring', seeder: MonitoringSeeder });
  return list;
}
