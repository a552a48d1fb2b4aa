// The PDF reader is a second wasm module (pkg/presend_pdf*: the core with
// lopdf), about as large again as the core and met by few checks, so it is
// loaded on the first PDF only. The first module says it met one with this
// problem detail (src/extract/mod.rs PDF_NOT_BUILT); whoever runs the core
// then checks the same files again with the PDF module.

export const PDF_NOT_BUILT = 'PDF reader not in this build';

/**
 * Whether a verdict says a PDF was met that the first module cannot read.
 * @param {unknown} value
 * @returns {boolean}
 */
export function needsPdf(value, depth = 0) {
  if (typeof value === 'string') return value.includes(PDF_NOT_BUILT);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  const items = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  return items.some((v) => needsPdf(v, depth + 1));
}
