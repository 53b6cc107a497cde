import { defineJob, eachPage } from '../../core/jobs';
import { AssistanceProduct, ProductStatus } from './consumption.entity';
import { productWorkflow } from './consumption.workflow';

/** A certificate is valid through its `validTo` day; the day after, the product is no longer certified. */
export const certificatesExpireJob = defineJob({
  name: 'product-certificates-expire',
  description: '帮扶产品认定到期 (certified products past their validity become EXPIRED)',
  async run(run) {
    await eachPage(
      (after, size) =>
        run.em.find(
          AssistanceProduct,
          { status: ProductStatus.CERTIFIED, validTo: { $lt: run.today }, archivedAt: null, id: { $gt: after } },
          { fields: ['id', 'validTo'], orderBy: { id: 'asc' }, limit: size },
        ),
      (p) =>
        run.transition(productWorkflow, p.id, 'EXPIRE', `认定有效期至 ${p.validTo}，已届满 (the certificate was valid until ${p.validTo})`),
    );
  },
});
