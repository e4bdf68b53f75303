/**
 * Playground: the Dockerfile the page opens with when its link holds none — two stages, so the
 * graph has something to draw, and a few problems the engine finds (a floating tag, pip's cache,
 * a shell-form CMD), two of them with a quick fix. Our own words.
 */
export const STARTER_DOCKERFILE = `# Edit me: the checks run as you type.
FROM python:3.13-slim AS build
WORKDIR /app
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt

FROM python:latest
WORKDIR /app
COPY --from=build /install /usr/local
COPY . .
USER 10001
EXPOSE 8000
CMD python -m flask --app app run --host 0.0.0.0 --port 8000
`;
