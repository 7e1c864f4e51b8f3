# syntax=docker/dockerfile:1
# IGN Bot production image: built with the Maven wrapper on JDK 17, run on JRE 17 as a
# non-root user from the Spring Boot layers, so that dependency layers stay cached, with a
# class-data archive (CDS) for a fast start.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bot-core/ bot-core/
COPY adapters/ adapters/
COPY config/ config/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar config/target/ign-bot.jar extract --layers --destination /layers

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app ign \
 && mkdir -p /app/data /app/config \
 && chown -R ign /app/data
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# A class-data archive of the classes the bot's start loads (they include nearly all that a one-shot
# `ask` loads), from a training start on this JVM and these jars that stops once the context is
# refreshed (an unpacked jar: the archive needs plain jars on the class path).
RUN java -Xshare:dump > /dev/null \
 && java -XX:ArchiveClassesAtExit=ign-bot.jsa -Dspring.context.exit=onRefresh -jar ign-bot.jar --spring.datasource.url=jdbc:h2:mem:training --ign.terminal.enabled=false > /dev/null
# The start command: the archive always, and C1 only for one-shots (docker/ign-bot.sh).
COPY docker/ign-bot.sh ./
USER ign
# /app/config: your application.yml and schedule; /app/data: the embedded database.
VOLUME ["/app/data"]
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["./ign-bot.sh"]
