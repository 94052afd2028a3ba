# Baton as a container: build once, configure per deployment (BATON_PUBLIC_ORIGIN,
# BATON_EMBED_ORIGINS, BATON_CONFIG are read when the server starts, never baked in).
#
#   docker build -t baton .
#   docker run --rm -p 3000:3000 -e BATON_PUBLIC_ORIGIN=https://baton.example.com baton
#
# The base is pinned by version (Node 20.20.2 on Debian 12 slim). Pin it by digest as well in your
# own registry mirror: `FROM node:20.20.2-bookworm-slim@sha256:<digest>`.
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The build needs the dev dependencies (TypeScript, the MDX toolchain); the image keeps only
# production ones. Next's build cache is not part of the image.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf .next/cache

FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# Owned by root, run as `node`: the app cannot change its own code. The running server writes only
# to .next/cache and .next/server/route-cache (Next) and /tmp (tsx, which checks BATON_CONFIG at
# start): give each a writable volume when the root filesystem is read-only, as
# deploy/kubernetes/deployment.yaml does.
COPY --from=build /app /app
RUN mkdir -p /app/.next/cache /app/.next/server/route-cache \
  && chown node:node /app/.next/cache /app/.next/server/route-cache
USER node
EXPOSE 3000
# What `npm start` runs after its "is there a build?" check (the image always has one). Node runs
# as PID 1 directly, not under npm, so SIGTERM reaches the server and it drains.
CMD ["node", "scripts/serve.mjs"]
