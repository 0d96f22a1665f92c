// catalog: administration of categories, tax, products, SKUs, prices, substitutions, images and
// certifications (uploads arrive through route handlers under app/api/catalog, not tRPC).
import { z } from "zod";
import { permittedProcedure, router, serviceCtx } from "../trpc";
import { createCategory, createTaxCategory, deleteCategory, listCategories, listTaxCategories, reorderCategories, updateCategory, updateTaxCategory } from "./categories";
import { certificationHolders, listCertifications } from "./certification-list";
import { certificationDocumentUrl, deleteCertification } from "./certifications";
import { deleteProductImage, reorderProductImages, updateImageAlt } from "./images";
import { addPrice, schedulePriceChange } from "./prices";
import { getProduct, skuOptions } from "./product-detail";
import { createProduct, listProducts, setProductActive, updateProduct } from "./products";
import { createSku, setSkuActive, updateSku } from "./skus";
import { setSubstitutions } from "./substitutions";
import {
  ZCategoryInput, ZCategoryReorder, ZCategoryUpdate, ZCertificationList, ZImageReorder, ZImageUpdate, ZPriceAdd, ZPriceSchedule,
  ZProductInput, ZProductList, ZProductUpdate, ZRef, ZSkuCreate, ZSkuOptions, ZSkuUpdate, ZSubstitutionsSet, ZTaxCategoryInput, ZTaxCategoryUpdate,
} from "./schema";

const manage = permittedProcedure("catalog:manage");

export const catalogRouter = router({
  categories: router({
    list: manage.input(z.void()).query(({ ctx }) => listCategories(serviceCtx(ctx))),
    create: manage.input(ZCategoryInput).mutation(({ ctx, input }) => createCategory(serviceCtx(ctx), input)),
    update: manage.input(ZCategoryUpdate).mutation(({ ctx, input }) => updateCategory(serviceCtx(ctx), input)),
    reorder: manage.input(ZCategoryReorder).mutation(({ ctx, input }) => reorderCategories(serviceCtx(ctx), input)),
    delete: manage.input(ZRef).mutation(({ ctx, input }) => deleteCategory(serviceCtx(ctx), input)),
  }),
  taxCategories: router({
    list: manage.input(z.void()).query(({ ctx }) => listTaxCategories(serviceCtx(ctx))),
    create: manage.input(ZTaxCategoryInput).mutation(({ ctx, input }) => createTaxCategory(serviceCtx(ctx), input)),
    update: manage.input(ZTaxCategoryUpdate).mutation(({ ctx, input }) => updateTaxCategory(serviceCtx(ctx), input)),
  }),
  products: router({
    list: manage.input(ZProductList).query(({ ctx, input }) => listProducts(serviceCtx(ctx), input)),
    get: manage.input(ZRef).query(({ ctx, input }) => getProduct(serviceCtx(ctx), input)),
    create: manage.input(ZProductInput).mutation(({ ctx, input }) => createProduct(serviceCtx(ctx), input)),
    update: manage.input(ZProductUpdate).mutation(({ ctx, input }) => updateProduct(serviceCtx(ctx), input)),
    activate: manage.input(ZRef).mutation(({ ctx, input }) => setProductActive(serviceCtx(ctx), input, true)),
    deactivate: manage.input(ZRef).mutation(({ ctx, input }) => setProductActive(serviceCtx(ctx), input, false)),
  }),
  skus: router({
    create: manage.input(ZSkuCreate).mutation(({ ctx, input }) => createSku(serviceCtx(ctx), input)),
    update: manage.input(ZSkuUpdate).mutation(({ ctx, input }) => updateSku(serviceCtx(ctx), input)),
    activate: manage.input(ZRef).mutation(({ ctx, input }) => setSkuActive(serviceCtx(ctx), input, true)),
    deactivate: manage.input(ZRef).mutation(({ ctx, input }) => setSkuActive(serviceCtx(ctx), input, false)),
    options: manage.input(ZSkuOptions).query(({ ctx, input }) => skuOptions(serviceCtx(ctx), input)),
  }),
  prices: router({
    add: manage.input(ZPriceAdd).mutation(({ ctx, input }) => addPrice(serviceCtx(ctx), input)),
    schedule: manage.input(ZPriceSchedule).mutation(({ ctx, input }) => schedulePriceChange(serviceCtx(ctx), input)),
  }),
  substitutions: router({
    set: manage.input(ZSubstitutionsSet).mutation(({ ctx, input }) => setSubstitutions(serviceCtx(ctx), input)),
  }),
  images: router({
    updateAlt: manage.input(ZImageUpdate).mutation(({ ctx, input }) => updateImageAlt(serviceCtx(ctx), input)),
    reorder: manage.input(ZImageReorder).mutation(({ ctx, input }) => reorderProductImages(serviceCtx(ctx), input)),
    delete: manage.input(ZRef).mutation(({ ctx, input }) => deleteProductImage(serviceCtx(ctx), input)),
  }),
  certifications: router({
    list: manage.input(ZCertificationList).query(({ ctx, input }) => listCertifications(serviceCtx(ctx), input)),
    holders: manage.input(z.void()).query(({ ctx }) => certificationHolders(serviceCtx(ctx))),
    delete: manage.input(ZRef).mutation(({ ctx, input }) => deleteCertification(serviceCtx(ctx), input)),
    documentUrl: manage.input(ZRef).query(({ ctx, input }) => certificationDocumentUrl(serviceCtx(ctx), input)),
  }),
});
