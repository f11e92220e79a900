import { fromWgs84 } from '../geo/china-datum.js';
import { buildGeometry, importanceOrder, pageOf, rowColors, rowProperties } from './compact.js';
import { resultsToCsv } from './results.js';

/**
 * One compact hotspot answer made ready for the page: the colours of the rows the map draws, their
 * shapes as zoom-0 Web Mercator pixels in the display datum, and the table in the order that
 * matters. It runs in analysis-worker.js, off the page's thread: on all 27,397 grid cells parsing
 * the answer and ordering the table took the page's thread for up to 300 ms at a time. The rows
 * stay here; the page asks for a page of the table, one row (a map click) or the CSV. Pure.
 */
export class CompactAnalysis {
  #method;
  #columns;
  #rows;
  #order;

  constructor(method, columns, rows, order) {
    this.#method = method;
    this.#columns = columns;
    this.#rows = rows;
    this.#order = order;
  }

  /**
   * @param {string} method
   * @param {object} result the parsed compact answer {columns, rows, shapes, parameters}
   * @param {string} datum the map's display datum (wgs84, gcj02 …)
   * @returns {Promise<{analysis: CompactAnalysis, summary: object}>} summary: what the page draws
   *   (columns, parameters, rowCount, colors, breaks, geometry of typed arrays)
   */
  static async prepare(method, result, datum) {
    const columns = Array.isArray(result?.columns) ? result.columns : [];
    const rows = Array.isArray(result?.rows) ? result.rows : [];
    const { colors, breaks } = rowColors(method, columns, rows);
    const toMap = datum === 'wgs84' ? null : (lonLat) => {
      const [x, y] = fromWgs84(lonLat, datum);
      return [y, x];
    };
    // Off the page's thread there is nothing to yield to: one slice.
    const geometry = await buildGeometry(result?.shapes, toMap, { include: colors, sliceMs: Infinity });
    const analysis = new CompactAnalysis(method, columns, rows, importanceOrder(method, columns, rows));
    return {
      analysis,
      summary: { columns, parameters: result?.parameters ?? null, rowCount: rows.length, colors, breaks, geometry },
    };
  }

  /** One page of the table (0-based, clamped): {rows: [{column: value}], page, pages}. */
  page(page) {
    const { indexes, page: shown, pages } = pageOf(this.#order, page);
    return { rows: indexes.map((i) => rowProperties(this.#columns, this.#rows[i])), page: shown, pages };
  }

  /** Row `i` of the answer as {column: value}, or null. */
  row(i) {
    const row = this.#rows[i];
    return row ? rowProperties(this.#columns, row) : null;
  }

  /** Every row in the table's order as CSV (the page downloads it). */
  csv() {
    return resultsToCsv(this.#order.map((i) => ({ properties: rowProperties(this.#columns, this.#rows[i]) })));
  }
}
