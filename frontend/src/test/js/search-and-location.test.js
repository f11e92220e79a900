import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiUrls } from '../../main/resources/META-INF/resources/js/api/urls.js';
import { geolocationMessage, myPosition } from '../../main/resources/META-INF/resources/js/geo/my-location.js';
import {
  flatten, queryOf, rowText, step,
} from '../../main/resources/META-INF/resources/js/search/search-model.js';

describe('search box model', () => {
  test('fewer than two characters are not sent; whitespace collapses; control characters go', () => {
    assert.equal(queryOf(''), null);
    assert.equal(queryOf(' 村 '), null);
    assert.equal(queryOf('  长凌营   村 '), '长凌营 村');
    assert.equal(queryOf('长\u0000凌\u202e营'), '长凌营');
    assert.equal(queryOf('\u0001\u0002'), null);
  });

  test('input is cut at fifty characters, counted as characters not UTF-16 units', () => {
    assert.equal([...queryOf('村'.repeat(80))].length, 50);
    assert.equal([...queryOf('𠀀'.repeat(60))].length, 50);
  });

  test('groups become one list in the order shown', () => {
    const rows = flatten({ groups: [
      { kind: 'village', label: '村/社区', items: [{ name: 'a' }, { name: 'b' }] },
      { kind: 'road', label: '道路', items: [{ name: 'c' }] },
    ] });
    assert.deepEqual(rows.map((r) => [r.index, r.group, r.item.name]), [[0, '村/社区', 'a'], [1, '村/社区', 'b'], [2, '道路', 'c']]);
    assert.deepEqual(flatten({}), []);
  });

  test('arrow keys wrap and start from the input', () => {
    assert.equal(step(-1, 1, 3), 0);
    assert.equal(step(-1, -1, 3), 2);
    assert.equal(step(2, 1, 3), 0);
    assert.equal(step(0, -1, 3), 2);
    assert.equal(step(-1, 1, 0), -1);
  });

  test('a row names a case by number and state, a place by kind and parent', () => {
    assert.deepEqual(rowText({ kind: 'case', name: 'TZ-20261122-00042', stateLabel: '受理', description: '井盖破损' }),
      { title: 'TZ-20261122-00042 · 受理', detail: '井盖破损' });
    assert.deepEqual(rowText({ kind: 'village', name: '长凌营村', kindLabel: '村/社区', parent: '漷县镇' }),
      { title: '长凌营村', detail: '村/社区 · 漷县镇' });
  });
});

describe('search and print URLs', () => {
  const urls = new ApiUrls('http://localhost:8080/');

  test('search encodes the words', () => {
    assert.equal(urls.search(' 长凌营 ', 5), 'http://localhost:8080/api/v1/search?q=%E9%95%BF%E5%87%8C%E8%90%A5&limit=5');
  });

  test('grid cells by their 15 digits only; the case map and sheet by id', () => {
    assert.equal(urls.gridCell('110112106208001'), 'http://localhost:8080/api/v1/grid/cells/110112106208001');
    assert.throws(() => urls.gridCell('../admin'), TypeError);
    assert.equal(urls.caseMap(7), 'http://localhost:8080/api/v1/cases/7/map.png');
    assert.equal(urls.caseSheet(7), 'http://localhost:8080/case-sheet.html?id=7');
    assert.throws(() => urls.caseSheet('1;x'), TypeError);
  });
});

describe('我的位置', () => {
  const fake = (outcome) => ({
    getCurrentPosition(ok, fail, options) {
      fake.options = options;
      if (outcome.error) fail(outcome.error);
      else ok({ coords: outcome });
    },
  });

  test('the browser position comes back as WGS-84 lon/lat with its accuracy', async () => {
    const geo = fake({ longitude: 116.77, latitude: 39.76, accuracy: 12 });
    assert.deepEqual(await myPosition(geo), { lon: 116.77, lat: 39.76, accuracyMetres: 12 });
  });

  test('denied, unavailable and timeout are said in Chinese', async () => {
    await assert.rejects(myPosition(fake({ error: { code: 1 } })), /拒绝了位置授权/);
    await assert.rejects(myPosition(fake({ error: { code: 2 } })), /定位不可用/);
    await assert.rejects(myPosition(fake({ error: { code: 3 } })), /超时/);
    await assert.rejects(myPosition(undefined), /不支持定位/);
    await assert.rejects(myPosition(fake({ longitude: NaN, latitude: 1 })), /有效的位置/);
    assert.match(geolocationMessage({}), /获取位置失败/);
  });
});
