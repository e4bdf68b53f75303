# syntax=docker/dockerfile:1
# The built guide, served as static files by nginx running as an unprivileged user (uid 101) on
# port 8080. The site is built first, outside the image (the build needs Chromium for the PDFs
# and downloads the in-page Python packages):
#
#   npm run build
#   docker build -t shipshape-guide .
#   docker run --rm -p 8080:8080 shipshape-guide
#
# The base is pinned to an exact nginx and Alpine release; bump it on purpose. Source of the tag:
# github.com/nginx/docker-nginx-unprivileged at 8655fa1a (2025-04-25), where stable/alpine-slim
# builds nginx 1.28.0 on alpine:3.21 and .github/workflows/alpine-stable.yml publishes it to
# docker.io/nginxinc/nginx-unprivileged as `<version>-alpine<alpine version>-slim`; that image
# runs as uid 101 and listens on 8080, as USER and EXPOSE below say.
FROM nginxinc/nginx-unprivileged:1.28.0-alpine3.21-slim

# The site's Content-Security-Policy and nosniff on every response, as `npm run serve` sends.
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
# Owned by root and read-only to the server: a compromised nginx cannot rewrite the guide.
COPY dist/ /usr/share/nginx/html/

USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
