import { Skeleton } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';

/** Holds a lazily loaded chart's place while its code downloads. */
export function ChartSlot(props: { height: number; children: ReactNode }) {
  return <Suspense fallback={<Skeleton h={props.height} />}>{props.children}</Suspense>;
}
