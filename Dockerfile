# One image per service: docker build --build-arg SERVICE=ingest-service .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests package \
 && mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=/deps

FROM eclipse-temurin:17-jre
ARG SERVICE
ARG MAIN_CLASS
WORKDIR /app
COPY --from=build /deps/ /app/lib/
COPY --from=build /src/${SERVICE}/target/${SERVICE}-*.jar /app/lib/
ENV MAIN_CLASS=${MAIN_CLASS}
USER 1000
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -cp '/app/lib/*' $MAIN_CLASS"]
