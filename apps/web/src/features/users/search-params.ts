import { roles } from '@phoihop/shared/roles';
import { userSortSchema } from '@phoihop/shared/users';
import { z } from 'zod';
import { booleanParam, enumParam, idParam, searchTextParam } from '../../lib/search-params';

export const usersSearchSchema = z.object({
  q: searchTextParam,
  organisationId: idParam,
  role: enumParam(roles),
  active: booleanParam,
  sort: userSortSchema.optional().catch(undefined),
});
export type UsersSearch = z.infer<typeof usersSearchSchema>;
