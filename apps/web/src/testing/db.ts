import type { AuditEntry } from '@phoihop/shared/audit';
import type { Me } from '@phoihop/shared/auth';
import type { Notification } from '@phoihop/shared/notifications';
import type { PlanTree, TaskRow } from '@phoihop/shared/plans';
import type { Organisation } from '@phoihop/shared/organisations';
import type { Unit } from '@phoihop/shared/units';
import type { User } from '@phoihop/shared/users';

/** What the fake API serves; each test sets what it needs (reset after every test). */
export const db = {
  me: null as Me | null,
  users: [] as User[],
  organisations: [] as Organisation[],
  units: [] as Unit[],
  audit: [] as AuditEntry[],
  notifications: [] as Notification[],
  planTrees: [] as PlanTree[],
  tasks: [] as TaskRow[],
};

export function resetDb() {
  db.me = null;
  db.users = [];
  db.organisations = [];
  db.units = [];
  db.audit = [];
  db.notifications = [];
  db.planTrees = [];
  db.tasks = [];
}
