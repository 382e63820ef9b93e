# syntax=docker/dockerfile:1
# Phối hợp: one image with the API and the built SPA. Build: `docker build -t phoihop .`
# Runs as the unprivileged `node` user; needs DATABASE_URL (see docker-compose.yml).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node 20 plus the pinned pnpm (corepack is not used: its signature check can fail
# behind registry mirrors) ----
FROM ${NODE_IMAGE} AS base
ENV CI=true \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
WORKDIR /app

# ---- manifests: only what decides the installed packages, so the install layers stay cached
# while sources change. Add a line here for every new workspace package. ----
FROM base AS manifests
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/shared/package.json packages/shared/
COPY e2e/package.json e2e/

# ---- build: full install, then the API bundle (apps/api/dist) and the SPA (apps/web/dist) ----
FROM manifests AS build
RUN npx --yes pnpm@12.4.2 install --frozen-lockfile
COPY . .
# Quoted globs: pnpm expands them itself.
RUN node_modules/.bin/pnpm -r --filter "./packages/*" --filter "./apps/*" build

# ---- prod-deps: runtime dependencies of the API only (the bundle leaves npm packages
# external); no dev tools, no web or test packages ----
FROM manifests AS prod-deps
RUN npx --yes pnpm@12.4.2 install --frozen-lockfile --prod --filter "@phoihop/api..."

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DEMO=false \
    DATA_DIR=/data
WORKDIR /app
COPY --from=prod-deps /app ./
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# schema.prisma and migrations/: the server applies pending migrations at start.
COPY prisma ./prisma
# DATA_DIR is only used without DATABASE_URL (embedded PostgreSQL); make it writable anyway.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "apps/api/dist/server.js"]
