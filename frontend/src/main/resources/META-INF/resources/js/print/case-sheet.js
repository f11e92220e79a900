import { ApiClient, ApiUrls, describeError } from '../api/index.js';
import { caseClocks } from '../cases/clocks.js';
import { SOURCES, actionInfo, stateLabel, urgencyLabel } from '../cases/states.js';
import { formatDateTime } from '../format/format.js';
import { h, fill } from '../ui/dom.js';

/**
 * The printable 派遣单 of one case (case-sheet.html?id=…): number, category, state, the location
 * sentence, jurisdiction, responsible unit, the clocks with their deadlines, description, photos,
 * the case's small map (the server's PNG) and its history; A4 (css/case-sheet.css). The page marks
 * body[data-sheet-ready] once the case, its map and photos have loaded, so printing waits for them.
 */
const urls = new ApiUrls(document.baseURI);
const client = new ApiClient({ urls });
const sheet = document.getElementById('sheet');
document.getElementById('print').addEventListener('click', () => window.print());

async function start() {
  const id = new URLSearchParams(window.location.search).get('id');
  if (!/^\d{1,18}$/.test(id ?? '')) {
    fill(sheet, h('p', { class: 'sheet-error' }, '缺少案件编号，无法生成派遣单。请从案件详情中点击“打印派遣单”。'));
    return;
  }
  let c;
  let history;
  let photos;
  let demo;
  try {
    [c, { events: history }, { photos }, demo] = await Promise.all([
      client.getJson(urls.case(id)), client.getJson(urls.caseHistory(id)), client.getJson(urls.casePhotos(id)),
      client.listLayers().then((list) => list.demo).catch(() => false),
    ]);
  } catch (error) {
    fill(sheet, h('p', { class: 'sheet-error' }, `无法生成派遣单：${describeError(error)}`));
    return;
  }
  document.title = `派遣单 ${c.number} · 落点`;
  const now = Date.now();
  const map = h('img', { class: 'sheet-map', alt: `案件 ${c.number} 位置示意图`, src: urls.caseMap(c.id), dataset: { testid: 'sheet-map' } });
  const photoImages = photos.map((p) => h('img', { src: urls.resolve(p.url), alt: '现场照片' }));
  fill(sheet,
    h('h1', {}, '通州区城市管理案件派遣单'),
    h('div', { class: 'sheet-sub' },
      h('span', {}, `案件编号：${c.number}`),
      demo ? h('span', { class: 'sheet-demo' }, '示意数据') : null,
      h('span', {}, `打印时间：${formatDateTime(new Date(now).toISOString())}`)),
    h('table', {}, h('tbody', {},
      tr('案件编号', c.number, '当前状态', c.stateLabel ?? stateLabel(c.state)),
      tr('问题类别', c.category ? `${c.category.name ?? ''}（${c.category.code}）` : '—', '紧急程度', urgencyLabel(c.urgency)),
      tr('案件来源', SOURCES[c.source] ?? c.source, '受理时间', formatDateTime(c.receivedAt)),
      tr('所属辖区', [c.township?.name, c.village?.name].filter(Boolean).join(' · ') || '—', '单元网格', c.gridCell?.code ?? '—'),
      tr('责任单位', c.unit?.name ?? '未派遣', '反映人', [c.reporter?.name, c.reporter?.phone].filter(Boolean).join(' ') || '—'),
      h('tr', {}, h('th', {}, '位置描述'), h('td', { colspan: 3, dataset: { testid: 'sheet-text' } }, c.text ?? '—')),
      h('tr', {}, h('th', {}, '问题描述'), h('td', { colspan: 3 }, c.description ?? '—')))),
    h('div', { class: 'sheet-place' },
      h('div', {}, h('h2', {}, '位置示意图'), map),
      h('div', {}, h('h2', {}, '办理时限'), clocksTable(c, now))),
    h('h2', {}, `现场照片（${photos.length}）`),
    photos.length === 0 ? h('p', {}, '无') : h('div', { class: 'sheet-photos' }, photos.map((p, i) => h('figure', {},
      photoImages[i], h('figcaption', {}, `${stageLabel(p.stage)} · ${formatDateTime(p.takenAt ?? p.uploadedAt ?? p.createdAt)}`)))),
    h('h2', {}, '办理记录'),
    history.length === 0 ? h('p', {}, '暂无记录') : h('table', { dataset: { testid: 'sheet-history' } },
      h('thead', {}, h('tr', {}, h('th', {}, '时间'), h('th', {}, '操作'), h('th', {}, '办理人'), h('th', {}, '说明'))),
      h('tbody', {}, history.map((e) => h('tr', {},
        h('td', {}, formatDateTime(e.at)), h('td', {}, `${actionInfo(e.action).label ?? e.action} → ${stateLabel(e.to)}`),
        h('td', {}, e.actorName ?? e.actor ?? '—'), h('td', {}, e.note ?? ''))))),
    h('div', { class: 'sheet-sign' }, h('div', {}, '派遣人签字'), h('div', {}, '责任单位签收'), h('div', {}, '处置完成日期')));
  await Promise.all([map, ...photoImages].map(loaded));
  document.body.dataset.sheetReady = 'true';
}

function tr(label1, value1, label2, value2) {
  return h('tr', {}, h('th', {}, label1), h('td', {}, value1 ?? '—'), h('th', {}, label2), h('td', {}, value2 ?? '—'));
}

function clocksTable(c, now) {
  const clocks = caseClocks(c, now);
  if (clocks.length === 0) return h('p', {}, '无时限');
  return h('table', { dataset: { testid: 'sheet-clocks' } }, h('tbody', {}, clocks.map((clock) => h('tr', {},
    h('th', {}, clock.label), h('td', {}, `截止 ${formatDateTime(clock.dueAt)}`),
    h('td', { class: clock.status === 'overdue' ? 'overdue' : '' }, clock.text)))));
}

function stageLabel(stage) {
  return { before: '处置前', progress: '处置中', after: '处置后' }[stage] ?? '照片';
}

/** Resolves when the image has loaded or failed (a missing photo must not hold the page). */
function loaded(img) {
  return img.complete ? Promise.resolve() : new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  });
}

start().catch((error) => {
  console.error(error);
  fill(sheet, h('p', { class: 'sheet-error' }, `派遣单出错：${describeError(error)}`));
});
