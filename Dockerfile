# Build stage: the production jar (Vaadin's prebuilt bundle, no Node.js needed)
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY src src
COPY db db
COPY frontend frontend
RUN ./mvnw -B -Pproduction -DskipTests package

# Run stage: a JRE and the jar, as an unprivileged user
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 tensortrail
WORKDIR /app
COPY --from=build /src/target/tensortrail-*.jar app.jar
USER tensortrail
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s \
  CMD wget -qO- http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
