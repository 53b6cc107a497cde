import type { SqlEntityManager } from '@mikro-orm/knex';
import { addDays } from '../../core/clock';
import { audit } from '../../core/audit';
import type { RequestContext } from '../../core/context';
import { AssistanceProduct, ProductSale } from './consumption.entity';

/*
 * When a sale counts as assisted (计入帮扶销售): when the product's certificate was in force on the sale's
 * date. A dated sale has that date; a monthly total's date is its month, so it counts when the
 * certificate was in force on at least one day of that month.
 * The certificate is in force from `validFrom` to `validTo` inclusive, and, once revoked, until the
 * day before `revokedOn`. A revocation takes effect on the day it is recorded (earlier months keep
 * counting) unless it says it is retroactive, which moves `revokedOn` back to the date it names.
 */

/** Whether the product's certificate was in force on at least one day of the month. */
export function certifiedInMonth(p: Pick<AssistanceProduct, 'validFrom' | 'validTo' | 'revokedOn'>, month: string): boolean {
  if (!p.validFrom || !p.validTo) return false;
  const last = p.revokedOn && p.revokedOn <= p.validTo ? addDays(p.revokedOn, -1) : p.validTo;
  if (last < p.validFrom) return false;
  return p.validFrom <= `${month}-31` && last >= `${month}-01`;
}

/** Whether the certificate was in force on the day (YYYY-MM-DD). */
export function certifiedOn(p: Pick<AssistanceProduct, 'validFrom' | 'validTo' | 'revokedOn'>, date: string): boolean {
  if (!p.validFrom || !p.validTo) return false;
  return p.validFrom <= date && date <= p.validTo && (!p.revokedOn || date < p.revokedOn);
}

/** The rule for one row: its sale date when it has one, its month otherwise. */
export function assistedSale(
  p: Pick<AssistanceProduct, 'validFrom' | 'validTo' | 'revokedOn'>,
  sale: Pick<ProductSale, 'month' | 'saleDate'>,
): boolean {
  return sale.saleDate ? certifiedOn(p, sale.saleDate) : certifiedInMonth(p, sale.month);
}

/**
 * Brings every sale row of the product (archived ones too) in line with its certificate as it now
 * stands, after a revocation or an expiry; each changed row gets a new version, and one audit row
 * says how many changed. Runs in the caller's transaction. Returns the number of rows changed.
 */
export async function recomputeAssistedSales(
  em: SqlEntityManager,
  by: Pick<RequestContext, 'actor' | 'ip' | 'requestId'>,
  product: AssistanceProduct,
): Promise<number> {
  const rows = await em.find(ProductSale, { productId: product.id });
  let changed = 0;
  for (const row of rows) {
    const assisted = assistedSale(product, row);
    if (row.assisted === assisted) continue;
    row.assisted = assisted;
    changed++;
  }
  if (changed) {
    audit(em, by, {
      entity: 'ProductSale',
      entityId: null,
      action: 'recomputeAssisted',
      detail: `product ${product.id}: ${changed} rows now ${product.revokedOn ? `certified until ${product.revokedOn} (exclusive)` : `certified ${product.validFrom}–${product.validTo}`}`,
    });
  }
  return changed;
}
