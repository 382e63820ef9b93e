import { unitKinds } from '@phoihop/shared/roles';
import { z } from 'zod';
import { booleanParam, enumParam, searchTextParam } from '../../lib/search-params';

export const unitsSearchSchema = z.object({
  q: searchTextParam,
  kind: enumParam(unitKinds),
  active: booleanParam,
});
export type UnitsSearch = z.infer<typeof unitsSearchSchema>;
