import { RulesPanel } from './rules-panel.js';
import { UnitsPanel } from './units-panel.js';
import { UsersPanel } from './users-panel.js';

/** The panel of one of the administrator's management tabs (rules, units, users). */
export function adminPanel(id, { client, urls, categories, townships, user }) {
  switch (id) {
    case 'rules': return new RulesPanel({ client, urls, categories, townships });
    case 'units': return new UnitsPanel({ client, urls, townships });
    case 'users': return new UsersPanel({ client, urls, townships, user });
    default: throw new Error(`没有这个管理面板：${id}`);
  }
}
