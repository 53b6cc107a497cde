import { Migration } from '@mikro-orm/migrations';
import { backfillPublicities, configuredMinDays } from '../../server/src/core/publicity.backfill';

/*
 * Written by hand: a data migration. Records already in PUBLICIZING when publicity became a step of
 * its own have no Publicity row; each gets one from its publicizedAt (or the history row that
 * entered publicity), with PUBLICITY_MIN_DAYS as configured now — the days in force when it was
 * publicized were never stored, so the default 5 applies when nothing is configured — published by
 * the nearest government body covering it (see core/publicity.backfill.ts). Records no government
 * body covers keep no row: the publisher is required and is never invented.
 */
export class Migration20261206042000_publicity_backfill extends Migration {

  override async up(): Promise<void> {
    const platform = this.driver.getPlatform();
    await backfillPublicities({
      knex: this.getKnex(),
      run: (query) => this.execute(query) as Promise<{ [k: string]: unknown }[]>,
      toDb: (at) => platform.processDateProperty(at),
      minDays: configuredMinDays(),
      now: new Date(),
    });
  }

}
