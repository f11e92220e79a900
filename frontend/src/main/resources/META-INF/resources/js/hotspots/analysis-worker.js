import { CompactAnalysis } from './compact-analysis.js';

/**
 * The hotspot panel's worker: reads a compact answer's bytes and prepares it (CompactAnalysis), so
 * the page's thread never parses megabytes of JSON or sorts tens of thousands of rows. Messages:
 * {id, op: 'prepare', method, bytes, datum} → the summary, its shapes' buffers transferred;
 * {id, op: 'page', page}; {id, op: 'row', index}; {id, op: 'csv'} — each answered {id, value} or
 * {id, error}.
 */
let current = null;

const operations = {
  async prepare({ method, bytes, datum }) {
    let result;
    try {
      result = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new Error('分析结果不是有效的 JSON');
    }
    const { analysis, summary } = await CompactAnalysis.prepare(method, result, datum);
    current = analysis;
    const { xy, rings, rowRings, boxes } = summary.geometry;
    return { value: summary, transfer: [xy.buffer, rings.buffer, rowRings.buffer, boxes.buffer] };
  },
  page: ({ page }) => ({ value: current?.page(page) ?? null }),
  row: ({ index }) => ({ value: current?.row(index) ?? null }),
  csv: () => ({ value: current?.csv() ?? '' }),
};

self.addEventListener('message', async ({ data }) => {
  const operation = operations[data?.op];
  try {
    if (!operation) throw new Error(`未知的操作：${data?.op}`);
    const { value, transfer = [] } = await operation(data);
    self.postMessage({ id: data.id, value }, transfer);
  } catch (error) {
    self.postMessage({ id: data?.id, error: error?.message ?? String(error) });
  }
});
