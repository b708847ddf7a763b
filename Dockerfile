# syntax=docker/dockerfile:1
# The production image (issue 14, item 8; README "Production"): built from the sources with the Maven wrapper, run on a
# JRE 21 as a non-root user. `docker compose up --build` builds it; alone: `docker build -t desa-sadar .`

# --- build: the production jar (-Pproduction: the frontend bundle compiled and optimised, no embedded database).
# Vaadin downloads the Node.js it needs into ~/.vaadin; both caches survive between builds.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY frontend frontend
COPY src src
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.vaadin \
    ./mvnw -B -Pproduction -DskipTests package \
    # the jar extracted (application jar + lib/): a class data sharing archive needs plain jars, and OR-Tools' native
    # library loads from its own jar without being unpacked at every start
    && java -Djarmode=tools -jar target/desa-sadar-*.jar extract --destination /out/app \
    && mv /out/app/desa-sadar-*.jar /out/app/desa-sadar.jar

# --- run
FROM eclipse-temurin:21-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /app/cds && chown app:app /app/cds
WORKDIR /app
COPY --from=build --chown=root:root /out/app /app
USER app
ENV PORT=8080
# -XX:+AutoCreateSharedArchive: the first start writes a class data sharing archive of the classes it loaded to
# /app/cds (the container's own layer, or a volume), later starts of the same image map it instead of loading those
# classes again (docs/benchmarks.md, start-up). MaxRAMPercentage: the heap follows the container's memory limit.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/app/cds/desa-sadar.jsa"
EXPOSE 8080
# Ready = started, its start-up duties done and its database answering (actuator readiness group, decision 021).
# bash's /dev/tcp: the JRE image needs no curl for it.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/app/desa-sadar.jar"]
