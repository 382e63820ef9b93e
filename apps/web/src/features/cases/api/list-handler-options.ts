import type { Me } from '@phoihop/shared/auth';
import { handlerOptionsSchema } from '@phoihop/shared/cases';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { hasPermission } from '../../../lib/auth';

export interface HandlerOption {
  value: string;
  label: string;
}

const listHandlerOptions = (organisationId: string | null | undefined) =>
  apiRequest(
    '/cases/handler-options',
    { query: { organisationId: organisationId ?? undefined } },
    handlerOptionsSchema,
  );

/**
 * Who may be named handler: the staff of the chosen organisation and of the People's Committee
 * (for those who assign cases), plus oneself and the case's current handler.
 */
export function useHandlerOptions(
  me: Me,
  organisationId: string | null | undefined,
  current: { id: string; fullName: string } | null,
): HandlerOption[] {
  const staff = useQuery({
    queryKey: ['cases', 'handler-options', organisationId ?? null],
    queryFn: () => listHandlerOptions(organisationId),
    enabled: hasPermission(me, 'case:process'),
    select: (data) =>
      data.items.map((u) => ({
        value: u.id,
        label: `${u.fullName} · ${u.organisation.shortName ?? u.organisation.name}`,
      })),
    staleTime: 5 * 60_000,
  });
  const options: HandlerOption[] = [{ value: me.user.id, label: me.user.fullName }];
  if (current) options.push({ value: current.id, label: current.fullName });
  options.push(...(staff.data ?? []));
  return options.filter((o, i) => options.findIndex((x) => x.value === o.value) === i);
}
