import { RulesPanel } from './rules-panel.js';
import { UnitsPanel } from './units-panel.js';
import { UsersPanel } from './users-panel.js';

/** The administrator's management tabs, added to the workspace for the roles whose tabs list them. */
export function addAdminTabs(workspace, tabs, { client, urls, categories, townships, user }) {
  if (tabs.includes('rules')) workspace.add('rules', () => new RulesPanel({ client, urls, categories, townships }));
  if (tabs.includes('units')) workspace.add('units', () => new UnitsPanel({ client, urls, townships }));
  if (tabs.includes('users')) workspace.add('users', () => new UsersPanel({ client, urls, townships, user }));
}
