// The browser gets the core as two wasm modules: the first (pkg/presend*)
// reads what most checks meet (xlsx, CSV, docx, pptx, text, HTML, zip) and
// stays small enough to load before the first check; the second
// (pkg/presend_more*: the same core plus PDF, .xls, .xlsb and .ods) is as
// large again and is loaded on the first such file only. The first module
// says it met one with this problem detail (src/extract/mod.rs
// NOT_IN_THIS_BUILD); whoever runs the core then checks the same files again
// with the second.

export const NOT_IN_THIS_BUILD = 'read by the second module';

/**
 * Whether a verdict says a file was met that only the second module reads.
 * @param {unknown} value
 * @returns {boolean}
 */
export function needsMore(value, depth = 0) {
  if (typeof value === 'string') return value.includes(NOT_IN_THIS_BUILD);
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  const items = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  return items.some((v) => needsMore(v, depth + 1));
}
