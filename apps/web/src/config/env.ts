/** The one place that reads build-time configuration. */
export const env = {
  /** The API is served on the same origin; Vite's dev server proxies it. */
  API_BASE: (import.meta.env.VITE_API_BASE as string | undefined) ?? '/api',
  IS_DEV: import.meta.env.DEV,
};
