// Files a script sends under the name of a file the user already decided
// about. A chunked upload sends slices of the picked file under its name, and
// the hooks follow most of them back to it (`file.slice()`, a FormData entry,
// a Blob or File built around it, its bytes read out). A piece the script
// copied out byte by byte is a new File of the same name, and so is another
// file that only shares the name (a draft kept from before, an export the app
// made). The first goes without a second question; the second is checked.
// They are told apart by content: a piece is found in a file kept under its
// name, where fixed-size chunks start (multiples of its own size) or at the
// file's end (the last chunk). Chunks of varying sizes are not recognised, and
// are checked as files of their own. A file of the same name and exactly the
// same size is taken for a copy without looking (see `copyOf`).

import { noBlob, readBytes } from './checker.js';

// Taken when this module loads, before the hooks (origins.js) note what each
// slice was made from: these reads are the guard's own.
const cut = typeof Blob !== 'undefined' ? Blob.prototype.slice : noBlob;

/** Bytes compared at each end of a piece. */
const EDGE = 32;
/** Places looked at in one file: a 1 kB piece of a 4 MB file. */
const MAX_PLACES = 4096;
/** Files remembered per name: the last ones kept. */
const PER_NAME = 4;

/**
 * @param {Blob} blob @param {number} from @param {number} to
 * @returns {Promise<Uint8Array>}
 */
const bytesOf = async (blob, from, to) => new Uint8Array(await readBytes.call(cut.call(blob, from, to)));

/** @param {Uint8Array} a @param {Uint8Array} b */
const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Where a piece of `size` bytes may start in a file of `whole` bytes: its
 * end first (the last chunk), then every multiple of the piece's size.
 * @param {number} whole @param {number} size
 */
function* places(whole, size) {
  yield whole - size;
  for (let at = 0, n = 0; at + size <= whole && n < MAX_PLACES; at += size, n++) if (at !== whole - size) yield at;
}

/** The files the user kept (let go after a check), by name. */
export function keptFiles() {
  /** @type {Map<string, File[]>} */
  const byName = new Map();
  return {
    /** @param {File} file */
    add(file) {
      const list = (byName.get(file.name) ?? []).filter((f) => f !== file);
      list.push(file);
      byName.set(file.name, list.slice(-PER_NAME));
    },
    /**
     * Whether a file of `file`'s name and exact size was kept: taken for a
     * copy of it, decided at once (a page that builds a new File from the
     * same bytes for each send, or a synchronous XHR, which cannot wait for
     * the content to be compared).
     * @param {File} file
     */
    copyOf(file) {
      return (byName.get(file.name) ?? []).some((f) => f.size === file.size);
    },
    /**
     * Whether `file` is a piece of a file kept under its name (an empty file
     * of that name carries nothing and counts as one).
     * @param {File} file
     * @returns {Promise<boolean>}
     */
    async holds(file) {
      const wholes = (byName.get(file.name) ?? []).filter((f) => f.size >= file.size);
      if (wholes.length === 0) return false;
      if (file.size === 0) return true;
      const edge = Math.min(EDGE, file.size);
      const head = await bytesOf(file, 0, edge);
      const tail = await bytesOf(file, file.size - edge, file.size);
      for (const whole of wholes) {
        for (const at of places(whole.size, file.size)) {
          if (!same(await bytesOf(whole, at, at + edge), head)) continue;
          if (same(await bytesOf(whole, at + file.size - edge, at + file.size), tail)) return true;
        }
      }
      return false;
    },
  };
}
