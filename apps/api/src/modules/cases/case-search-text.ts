// The folded text a case is found by. A denouncer's name goes to its own column, searched only
// for those who may see it, so no search result can reveal who denounced.
import { identityProtected, type CaseKind } from '@phoihop/shared/case-clocks';
import { searchTextOf } from '@phoihop/shared/text';

export interface SearchableCase {
  number: string;
  kind: CaseKind | null;
  summary: string;
  subject: string | null;
  location: string | null;
  sourceReference: string | null;
  decisionNumber: string | null;
  forwardedTo: string | null;
  petitioners: { fullName: string }[];
}

export function searchColumns(c: SearchableCase): { searchText: string; identitySearchText: string } {
  const names = c.petitioners.map((p) => p.fullName);
  const hidden = identityProtected(c.kind);
  return {
    searchText: searchTextOf(
      c.number,
      c.subject,
      c.summary,
      c.location,
      c.sourceReference,
      c.decisionNumber,
      c.forwardedTo,
      ...(hidden ? [] : names),
    ),
    identitySearchText: hidden ? searchTextOf(...names) : '',
  };
}
