#!/usr/bin/env bash
# The Spark job's cost at several input sizes, in local mode: builds the module, then runs
# org.newsgraph.spark.SparkBench with Spark on the class path (it is "provided" in the jar).
# Usage: spark/bench.sh [--sizes 50,200,800] [--master local[*]] [--reuters DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl spark -am install -DskipTests -Dspotless.check.skip=true
./mvnw -B -q -pl spark dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
# The --add-opens flags Spark passes to its own JVMs on Java 17 (see spark/pom.xml).
flags=$(sed -n '/<spark.test.jvm.flags>/,/<\/spark.test.jvm.flags>/p' spark/pom.xml \
  | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')
exec java ${JAVA_OPTS:--Xmx6g} $flags \
  -Dlog4j2.configurationFile=spark/src/test/resources/log4j2.properties \
  -cp "spark/target/classes:$(cat spark/target/bench.classpath)" \
  org.newsgraph.spark.SparkBench --reuters "${REUTERS:-../shared/corpora/reuters21578}" "$@"
