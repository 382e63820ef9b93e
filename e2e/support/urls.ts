// The two API processes started by support/serve.mjs; they share one database.
export const apiUrls = ['http://127.0.0.1:3100', 'http://127.0.0.1:3101'] as const;
