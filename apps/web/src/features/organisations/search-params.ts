import { organisationKinds } from '@phoihop/shared/roles';
import { z } from 'zod';
import { booleanParam, enumParam, searchTextParam } from '../../lib/search-params';

export const organisationsSearchSchema = z.object({
  q: searchTextParam,
  kind: enumParam(organisationKinds),
  active: booleanParam,
});
export type OrganisationsSearch = z.infer<typeof organisationsSearchSchema>;
