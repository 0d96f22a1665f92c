// Public API of the catalog context (administration side) for other contexts, the app and jobs.
// The storefront's read queries live in ./storefront and are exported from there.
export { certificateDocumentLink, createCertification, updateCertification, DOCUMENT_LINK_SECONDS, SCHEME_LABELS } from "./certifications";
export { uploadProductImage, MAX_IMAGES_PER_PRODUCT } from "./images";
export { imageUrls, IMAGE_VARIANTS, type ImageVariant } from "./image-urls";
export { DOCUMENT_MAX_BYTES, IMAGE_MAX_BYTES, type UploadedFile } from "./media";
export { certificationStatus, isCurrentCertification, type CertificationStatus } from "./rules";
