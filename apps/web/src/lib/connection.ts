import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { env } from '../config/env';

/**
 * One notion of "connected" for the whole app: TanStack Query's onlineManager. The browser's
 * online/offline events drive it, and so does a request that got no answer at all (the Wi-Fi
 * is up but the server is not): then queries pause instead of spinning, and a probe with
 * backoff brings them back, with the refetch-on-reconnect, as soon as the server answers.
 */
const MAX_PROBE_DELAY = 30_000;
let probeTimer: ReturnType<typeof setTimeout> | null = null;
let probeAttempt = 0;

// The process's own health route, beside the API (works for a relative or absolute API base).
const probeUrl = () =>
  new URL('/healthz', new URL(env.API_BASE, window.location.origin)).toString();

async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(probeUrl(), { cache: 'no-store', credentials: 'omit' });
    return true;
  } catch {
    return false;
  }
}

function scheduleProbe(delay: number) {
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = setTimeout(() => {
    probeTimer = null;
    void probeNow();
  }, delay);
}

/** Asks the server once; on an answer the app is online again, else it asks later, less often. */
export async function probeNow(): Promise<void> {
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = null;
  if (await serverAnswers()) {
    probeAttempt = 0;
    onlineManager.setOnline(true);
    return;
  }
  probeAttempt += 1;
  scheduleProbe(Math.min(1000 * 2 ** probeAttempt, MAX_PROBE_DELAY));
}

/** A request got no HTTP answer: go offline (queries pause) and watch for the server's return. */
export function reportConnectionLost() {
  if (!onlineManager.isOnline()) return;
  onlineManager.setOnline(false);
  probeAttempt = 0;
  scheduleProbe(1000);
}

/** Stops any probe (tests; the browser's own "online" event also ends the offline state). */
export function resetConnection() {
  if (probeTimer) clearTimeout(probeTimer);
  probeTimer = null;
  probeAttempt = 0;
  onlineManager.setOnline(true);
}

export const useIsOnline = () =>
  useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
