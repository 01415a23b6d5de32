# SkillScope container: build with the Maven wrapper, run Quarkus's fast-jar on a Java 21 JRE.
#   docker build -t skillscope .
#   docker run -p 8080:8080 -v skillscope-data:/data skillscope

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline || true
COPY models models
COPY src src
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:21-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 1001 skillscope \
 && useradd --system --uid 1001 --gid skillscope --home-dir /app --shell /usr/sbin/nologin skillscope \
 && mkdir -p /data /app \
 && chown skillscope:skillscope /data /app
WORKDIR /app
# Fast-jar layout, dependencies first so a code change does not invalidate their layer.
COPY --from=build --chown=skillscope:skillscope /build/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=skillscope:skillscope /build/target/quarkus-app/*.jar /app/
COPY --from=build --chown=skillscope:skillscope /build/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=skillscope:skillscope /build/target/quarkus-app/quarkus/ /app/quarkus/

ENV SKILLSCOPE_STORE_PATH=/data \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
VOLUME /data
EXPOSE 8080
USER skillscope
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://localhost:8080/q/health/ready || exit 1
# exec: the JVM is PID 1's child-free replacement, so SIGTERM reaches it and the index closes cleanly.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
