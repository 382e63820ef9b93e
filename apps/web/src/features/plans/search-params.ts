import { taskStatuses } from '@phoihop/shared/plans';
import { z } from 'zod';
import { enumParam, idParam, searchTextParam } from '../../lib/search-params';

export const planTabs = [
  'tree',
  'tasks',
  'scorecard',
  'calendar',
  'reviews',
  'assessment',
  'amendments',
] as const;
export type PlanTab = (typeof planTabs)[number];

const isoDateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** Filters of a task list, as they sit in the URL. */
export const taskFiltersSearchSchema = z.object({
  q: searchTextParam,
  area: idParam,
  /** An organisation, or "all"; absent: the user's own organisation. */
  org: z
    .union([z.literal('all'), z.uuid()])
    .optional()
    .catch(undefined),
  involvement: enumParam(['lead', 'partner', 'any'] as const),
  status: enumParam(taskStatuses),
  timeliness: enumParam(['overdue', 'due-soon'] as const),
  dueFrom: isoDateParam,
  dueTo: isoDateParam,
});
export type TaskFiltersSearch = z.infer<typeof taskFiltersSearchSchema>;

export const planSearchSchema = taskFiltersSearchSchema.extend({
  tab: enumParam(planTabs),
  /** The task open in the drawer, whichever tab is showing. */
  task: idParam,
  /** The calendar's month, "YYYY-MM". */
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional()
    .catch(undefined),
});
export type PlanSearch = z.infer<typeof planSearchSchema>;

export const myTasksSearchSchema = z.object({
  task: idParam,
  timeliness: enumParam(['overdue', 'due-soon'] as const),
});
export type MyTasksSearch = z.infer<typeof myTasksSearchSchema>;
