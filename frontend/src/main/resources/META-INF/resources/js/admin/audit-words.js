/**
 * The audit log's action and entity ids in the words an administrator reads: case.dispatch → 案件派遣,
 * exposure.period.publish → 挂账期次发布, case 42 → 案件 #42. Unknown ids are shown as they are. Pure.
 */
import { actionInfo } from '../cases/states.js';

const ACTIONS = Object.freeze({
  'case.create': '上报案件', 'case.photo': '上传案件照片',
  'user.create': '新建用户', 'user.disable': '停用用户',
  'exposure.publisher.create': '新建挂账发布单位', 'exposure.period.create': '新建挂账期次',
  'exposure.period.edit': '修改挂账期次', 'exposure.period.submit': '挂账期次送审',
  'exposure.period.return': '挂账期次退回修改', 'exposure.period.publish': '发布挂账期次',
  'exposure.period.correct': '挂账期次勘误', 'exposure.entry.add': '加入挂账条目',
  'exposure.entry.remove': '移出挂账条目', 'exposure.entry.photo': '挂账条目照片',
  'exposure.entry.rectify': '记录整改', 'exposure.entry.follow_up': '回头看',
  'user.update': '修改用户', 'user.enable': '启用用户', 'user.password-reset': '重置密码',
  'unit.create': '新建责任单位', 'unit.update': '修改责任单位', 'unit.disable': '停用责任单位', 'unit.enable': '启用责任单位',
  'dispatch-rule.create': '新建派遣规则', 'dispatch-rule.update': '修改派遣规则', 'dispatch-rule.delete': '删除派遣规则',
  'user.password-change': '本人修改密码', 'user.lock': '密码错误过多，账号锁定', 'address.lock': '密码错误过多，地址锁定',
  'grid.create': '新建责任网格', 'grid.update': '修改责任网格', 'grid.assign': '指派网格员', 'grid.import': '导入责任网格',
  'unplaced_record': '记录待定位报告', 'unplaced_place': '待定位报告落点', 'unplaced_discard': '舍弃待定位报告',
  'patrol.start': '开始巡查', 'patrol.append': '记录巡查轨迹', 'patrol.stop': '结束巡查', 'patrol.upload': '上传巡查轨迹',
  'token.create': '创建接口令牌', 'token.revoke': '撤销接口令牌', 'exposure.period.mismatch': '挂账期次内容校验未通过',
  'component.import': '导入部件',
});

const ENTITIES = Object.freeze({
  case: '案件', user: '用户', exposure_period: '挂账期次', exposure_entry: '挂账条目',
  unit: '责任单位', 'dispatch-rule': '派遣规则', responsibility_grid: '责任网格', address: '网络地址',
  api_token: '接口令牌', exposure_publisher: '挂账发布单位', patrol: '巡查', unplaced_report: '待定位报告',
  component_import: '部件文件',
});

export function auditAction(id) {
  if (ACTIONS[id]) return ACTIONS[id];
  const step = /^case\.([a-z_]+)$/.exec(id ?? '');
  if (step && actionInfo(step[1]).label !== step[1]) return `案件${actionInfo(step[1]).label}`;
  return id ?? '';
}

export function auditEntity(type, id) {
  const name = ENTITIES[type] ?? type;
  return type === 'case' ? `${name} #${id}` : `${name} ${id}`;
}
