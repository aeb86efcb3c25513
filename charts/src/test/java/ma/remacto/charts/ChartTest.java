package ma.remacto.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Lints and renders the Helm charts with the Helm engine itself (helm-java), offline, and checks
 * what the cluster relies on: probes, resources, hardening, images, secrets, ingress hosts, and
 * that skaffold builds every image the chart deploys.
 */
class ChartTest {

  static final Path CHARTS = Path.of(System.getProperty("remacto.charts", ".")).toAbsolutePath().normalize();
  static final Path UMBRELLA = CHARTS.resolve("remacto");
  static final Path LIBRARY = CHARTS.resolve("remacto-service");
  static final Path SKAFFOLD = CHARTS.resolveSibling("skaffold.yaml");
  static final String RELEASE = "remacto";
  static final String REGISTRY = "ghcr.io/remacto";

  /** The workloads as built by Jib (image = registry/artifactId) and run locally (port). */
  record Workload(String image, int port, boolean mongodb, boolean kafka) {}

  static final Map<String, Workload> KNOWN = Map.of(
      "gateway", new Workload(REGISTRY + "/gateway", 8080, false, false),
      "identity", new Workload(REGISTRY + "/identity-service", 9000, false, false),
      "members", new Workload(REGISTRY + "/members-service", 8081, true, true),
      "ideation", new Workload(REGISTRY + "/ideation-service", 8082, true, true),
      "search", new Workload(REGISTRY + "/search-service", 8083, true, true),
      "projects", new Workload(REGISTRY + "/projects-service", 8084, true, true),
      "consultations", new Workload(REGISTRY + "/consultations-service", 8085, true, true),
      "petitions", new Workload(REGISTRY + "/petitions-service", 8086, true, true),
      "opendata", new Workload(REGISTRY + "/opendata-service", 8087, true, true),
      "portal", new Workload(REGISTRY + "/portal", 8088, false, false));

  /** Every service chart the umbrella declares; new ones are checked without touching this test. */
  static List<String> workloads() {
    List<Map<String, Object>> deps = maps(yaml(UMBRELLA.resolve("Chart.yaml")).get("dependencies"));
    return deps.stream().map(d -> (String) d.get("name")).toList();
  }

  static Stream<Path> charts() {
    return Stream.concat(
        Stream.of(UMBRELLA, LIBRARY), workloads().stream().map(w -> UMBRELLA.resolve("charts").resolve(w)));
  }

  @Test
  void theUmbrellaDeclaresTheKnownWorkloadsAndEachIncludesTheSharedLibrary() {
    assertThat(workloads()).containsAll(KNOWN.keySet());
    for (String w : workloads()) {
      Path chart = UMBRELLA.resolve("charts").resolve(w);
      assertThat(chart.resolve("Chart.yaml")).as("chart of %s", w).isRegularFile();
      List<Map<String, Object>> deps = maps(yaml(chart.resolve("Chart.yaml")).get("dependencies"));
      assertThat(deps).as("%s depends on the library", w)
          .anySatisfy(d -> {
            assertThat(d.get("name")).isEqualTo("remacto-service");
            String repository = (String) d.get("repository");
            assertThat(repository).startsWith("file://");
            assertThat(chart.resolve(repository.substring("file://".length())).normalize()).isEqualTo(LIBRARY);
          });
      // Vendored so that lint and template never fetch: the one library, not a copy that can drift.
      Path vendored = chart.resolve("charts/remacto-service");
      assertThat(vendored).exists();
      try {
        assertThat(vendored.toRealPath()).isEqualTo(LIBRARY.toRealPath());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read(chart.resolve("templates/all.yaml")).strip())
          .isEqualTo("{{ include \"remacto-service.all\" . }}");
    }
  }

  @ParameterizedTest
  @MethodSource("charts")
  void lintsWithoutErrorsOrWarnings(Path chart) {
    LintResult result = new Helm(chart).lint().strict().call();
    assertThat(result.getMessages()).as("helm lint %s", CHARTS.relativize(chart))
        .noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
    assertThat(result.isFailed()).as("helm lint %s: %s", chart, result.getMessages()).isFalse();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithDefaultValues {

    Manifests manifests;

    @BeforeAll
    void render() {
      manifests = Manifests.render(UMBRELLA, t -> t);
    }

    @Test
    void oneDeploymentServiceAndConfigMapPerWorkloadAndNothingOptional() {
      for (String w : workloads()) {
        manifests.one("Deployment", RELEASE + "-" + w);
        manifests.one("Service", RELEASE + "-" + w);
        manifests.one("ConfigMap", RELEASE + "-" + w);
      }
      assertThat(manifests.ofKind("Deployment")).hasSize(workloads().size());
      assertThat(manifests.ofKind("Service")).hasSize(workloads().size());
      assertThat(manifests.kinds()).doesNotContain(
          "Ingress", "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget", "Secret");
    }

    @Test
    void everyDeploymentIsProbedSizedAndHardened() {
      for (String w : workloads()) {
        Map<String, Object> deployment = manifests.one("Deployment", RELEASE + "-" + w);
        Map<String, Object> pod = map(path(deployment, "spec", "template", "spec"));
        Map<String, Object> container = container(deployment);

        assertThat(path(container, "readinessProbe", "httpGet", "path")).as(w).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).as(w).isEqualTo("/actuator/health/liveness");
        assertThat(path(container, "startupProbe", "httpGet", "path")).as(w).isNotNull();
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
          assertThat(path(container, probe, "httpGet", "port")).as("%s %s port", w, probe).isEqualTo("http");
        }
        assertThat(maps(container.get("ports"))).singleElement().satisfies(p -> assertThat(p)
            .containsEntry("name", "http").containsEntry("containerPort", expectedPort(w)));

        assertThat(path(container, "resources", "requests", "cpu")).as("%s cpu request", w).isNotNull();
        assertThat(path(container, "resources", "requests", "memory")).as("%s memory request", w).isNotNull();
        assertThat(path(container, "resources", "limits", "memory")).as("%s memory limit", w).isNotNull();

        assertThat(path(pod, "securityContext", "runAsNonRoot")).as(w).isEqualTo(true);
        assertThat(path(pod, "securityContext", "runAsUser")).as(w).isEqualTo(1000);
        assertThat(path(container, "securityContext", "runAsNonRoot")).as(w).isEqualTo(true);
        assertThat(path(container, "securityContext", "readOnlyRootFilesystem")).as(w).isEqualTo(true);
        assertThat(path(container, "securityContext", "allowPrivilegeEscalation")).as(w).isEqualTo(false);
        assertThat(list(path(container, "securityContext", "capabilities", "drop"))).as(w).containsExactly("ALL");
        assertThat(mountPath(deployment, "/tmp")).as("%s /tmp volume", w)
            .satisfies(v -> assertThat(v).containsKey("emptyDir"));

        Map<String, Object> annotations = map(path(deployment, "spec", "template", "metadata", "annotations"));
        assertThat(annotations).as(w)
            .containsEntry("prometheus.io/scrape", "true")
            .containsEntry("prometheus.io/path", "/actuator/prometheus")
            .containsEntry("prometheus.io/port", String.valueOf(expectedPort(w)));
      }
    }

    @Test
    void imagesComeFromTheRegistryUnderTheJibArtifactNames() {
      for (String w : workloads()) {
        String image = (String) container(manifests.one("Deployment", RELEASE + "-" + w)).get("image");
        assertThat(image).as(w).startsWith(REGISTRY + "/").contains(":");
        if (KNOWN.containsKey(w)) {
          assertThat(repository(image)).as(w).isEqualTo(KNOWN.get(w).image());
        }
      }
    }

    @Test
    void configurationComesFromTheConfigMapAndMongoDbCredentialsFromASecret() {
      for (String w : workloads()) {
        Map<String, Object> deployment = manifests.one("Deployment", RELEASE + "-" + w);
        Map<String, Object> container = container(deployment);
        Map<String, Object> config = map(manifests.one("ConfigMap", RELEASE + "-" + w).get("data"));

        assertThat(maps(container.get("envFrom"))).as(w)
            .anySatisfy(e -> assertThat(path(e, "configMapRef", "name")).isEqualTo(RELEASE + "-" + w));
        assertThat(config).as(w)
            .containsEntry("SERVER_PORT", String.valueOf(expectedPort(w)))
            .containsEntry("REMACTO_ISSUER", "https://remacto.ma")
            .containsEntry("REMACTO_JWKS_URI", "http://" + RELEASE + "-identity:9000/oauth2/jwks")
            .hasEntrySatisfying("JAVA_TOOL_OPTIONS", o -> assertThat((String) o).contains("-XX:MaxRAMPercentage=75"))
            .doesNotContainKey("MONGODB_URI");
        if (KNOWN.containsKey(w) && KNOWN.get(w).kafka()) {
          // Topics a service creates get production replication, not the single-broker default.
          assertThat(config).as(w).containsEntry("REMACTO_EVENTS_REPLICATION_FACTOR", "3");
        } else {
          assertThat(config).as(w).doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
        }
        List<Map<String, Object>> env = maps(container.getOrDefault("env", List.of()));
        // Wherever MONGODB_URI appears, it comes from a Secret, never from a literal.
        env.stream().filter(e -> "MONGODB_URI".equals(e.get("name"))).forEach(e -> {
          assertThat(e).as(w).doesNotContainKey("value");
          assertThat(path(e, "valueFrom", "secretKeyRef", "name")).as(w).isEqualTo("remacto-mongodb");
          assertThat(path(e, "valueFrom", "secretKeyRef", "key")).as(w).isEqualTo(w);
        });

        Workload known = KNOWN.get(w);
        if (known != null) {
          assertThat(env.stream().anyMatch(e -> "MONGODB_URI".equals(e.get("name")))).as("%s MONGODB_URI", w)
              .isEqualTo(known.mongodb());
          if (known.kafka()) {
            assertThat(config).as(w).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "remacto-kafka-bootstrap.kafka.svc:9092");
          } else {
            assertThat(config).as(w).doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
          }
        }
      }
    }

    @Test
    void servicesExposeTheContainerPortAndSelectTheirPods() {
      for (String w : workloads()) {
        Map<String, Object> service = manifests.one("Service", RELEASE + "-" + w);
        Map<String, Object> deployment = manifests.one("Deployment", RELEASE + "-" + w);
        assertThat(path(service, "spec", "type")).isEqualTo("ClusterIP");
        assertThat(maps(path(service, "spec", "ports"))).singleElement().satisfies(p -> assertThat(p)
            .containsEntry("port", expectedPort(w)).containsEntry("targetPort", "http"));
        Map<String, Object> selector = map(path(service, "spec", "selector"));
        assertThat(selector).isEqualTo(path(deployment, "spec", "selector", "matchLabels"));
        assertThat(map(path(deployment, "spec", "template", "metadata", "labels"))).containsAllEntriesOf(selector);
      }
    }

    @Test
    void theGatewayKnowsWhereTheServicesAre() {
      Map<String, Object> config = map(manifests.one("ConfigMap", RELEASE + "-gateway").get("data"));
      assertThat(config)
          .containsEntry("REMACTO_MEMBERS_URL", "http://" + RELEASE + "-members:8081")
          .containsEntry("REMACTO_IDENTITY_URL", "http://" + RELEASE + "-identity:9000")
          .containsEntry("REMACTO_SEARCH_URL", "http://" + RELEASE + "-search:8083")
          .containsEntry("REMACTO_PROJECTS_URL", "http://" + RELEASE + "-projects:8084")
          .containsEntry("REMACTO_CONSULTATIONS_URL", "http://" + RELEASE + "-consultations:8085")
          .containsEntry("REMACTO_PETITIONS_URL", "http://" + RELEASE + "-petitions:8086")
          .containsEntry("REMACTO_OPENDATA_URL", "http://" + RELEASE + "-opendata:8087");
    }

    @Test
    void onlySearchIsPointedAtElasticsearch() {
      for (String w : workloads()) {
        Map<String, Object> config = map(manifests.one("ConfigMap", RELEASE + "-" + w).get("data"));
        if (w.equals("search")) {
          assertThat(config).containsEntry("ELASTICSEARCH_URL", "https://remacto-es-http.elastic-system.svc:9200");
        } else {
          assertThat(config).as(w).doesNotContainKey("ELASTICSEARCH_URL");
        }
      }
    }

    @Test
    void identityReadsItsSigningKeyFromAMountedSecret() {
      Map<String, Object> deployment = manifests.one("Deployment", RELEASE + "-identity");
      Map<String, Object> volume = mountPath(deployment, "/var/run/secrets/remacto");
      List<Map<String, Object>> sources = maps(path(volume, "projected", "sources"));
      assertThat(sources).anySatisfy(s -> {
        assertThat(path(s, "secret", "name")).isEqualTo("remacto-identity-signing-key");
        assertThat(list(path(s, "secret", "items"))).contains(Map.of("key", "signing-key.json", "path", "signing-key.json"));
      });
      assertThat(map(manifests.one("ConfigMap", RELEASE + "-identity").get("data")))
          .containsEntry("REMACTO_SIGNING_KEY_FILE", "/var/run/secrets/remacto/signing-key.json");
    }

    @Test
    void theKeysOfKeyedHashesComeFromSecretsNotTheConfigMap() {
      assertKeyFromSecret("petitions", "REMACTO_PETITIONS_CNIE_KEY", "remacto-petitions-cnie-key", "cnie-key");
      assertKeyFromSecret("consultations", "REMACTO_CONSULTATIONS_PARTICIPANT_KEY",
          "remacto-consultations-participant-key", "participant-key");
    }

    private void assertKeyFromSecret(String workload, String variable, String secret, String key) {
      Map<String, Object> deployment = manifests.one("Deployment", RELEASE + "-" + workload);
      List<Map<String, Object>> env = maps(path(maps(path(deployment, "spec", "template", "spec", "containers")).get(0),
          "env"));
      assertThat(env).anySatisfy(e -> {
        assertThat(e.get("name")).isEqualTo(variable);
        assertThat(path(e, "valueFrom", "secretKeyRef", "name")).isEqualTo(secret);
        assertThat(path(e, "valueFrom", "secretKeyRef", "key")).isEqualTo(key);
      });
      assertThat(map(manifests.one("ConfigMap", RELEASE + "-" + workload).get("data"))).doesNotContainKey(variable);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WithProductionFeatures {

    Manifests manifests;

    @BeforeAll
    void render() {
      Path values = resource("production-values.yaml");
      manifests = Manifests.render(UMBRELLA, t -> t.withValuesFile(values));
    }

    @Test
    void theIngressRoutesEveryPortalHostToTheGateway() {
      Map<String, Object> ingress = manifests.one("Ingress", RELEASE + "-gateway");
      List<Map<String, Object>> rules = maps(path(ingress, "spec", "rules"));
      assertThat(rules).extracting(r -> r.get("host"))
          .containsExactly("remacto.ma", "tta.remacto.ma", "oriental.remacto.ma");
      for (Map<String, Object> rule : rules) {
        assertThat(maps(path(rule, "http", "paths"))).singleElement().satisfies(p -> {
          assertThat(p).containsEntry("path", "/").containsEntry("pathType", "Prefix");
          assertThat(path(p, "backend", "service", "name")).isEqualTo(RELEASE + "-gateway");
          assertThat(path(p, "backend", "service", "port", "name")).isEqualTo("http");
        });
      }
      assertThat(path(ingress, "spec", "ingressClassName")).isEqualTo("nginx");
      assertThat(maps(path(ingress, "spec", "tls"))).singleElement()
          .satisfies(t -> assertThat(t).containsEntry("secretName", "remacto-tls"));
      assertThat(manifests.ofKind("Ingress")).hasSize(1);
    }

    @Test
    void servicesOnlyAcceptTheGatewayThePortalPrometheusAndForIdentityTheOtherServices() {
      for (String w : workloads()) {
        Map<String, Object> policy = manifests.one("NetworkPolicy", RELEASE + "-" + w);
        assertThat(list(path(policy, "spec", "policyTypes"))).containsExactly("Ingress");
        assertThat(path(policy, "spec", "podSelector", "matchLabels"))
            .isEqualTo(path(manifests.one("Deployment", RELEASE + "-" + w), "spec", "selector", "matchLabels"));
        List<Map<String, Object>> rules = maps(path(policy, "spec", "ingress"));
        assertThat(rules).singleElement().satisfies(r -> assertThat(list(r.get("ports")))
            .containsExactly(Map.of("port", "http", "protocol", "TCP")));
        List<Object> from = list(rules.get(0).get("from"));
        assertThat(from).as(w).contains(namespace("monitoring"));
        switch (w) {
          case "gateway" -> assertThat(from).containsExactlyInAnyOrder(namespace("monitoring"), namespace("ingress-nginx"));
          case "identity" -> assertThat(from).containsExactlyInAnyOrder(namespace("monitoring"),
              Map.of("podSelector", Map.of("matchLabels",
                  Map.of("app.kubernetes.io/part-of", "remacto", "app.kubernetes.io/instance", RELEASE))));
          case "portal" -> assertThat(from).as(w).containsExactlyInAnyOrder(namespace("monitoring"),
              Map.of("podSelector", Map.of("matchLabels",
                  Map.of("app.kubernetes.io/name", "gateway", "app.kubernetes.io/instance", RELEASE))));
          // The portal renders the services' public APIs, calling them directly (a backend for the browser).
          default -> assertThat(from).as(w).containsExactlyInAnyOrder(namespace("monitoring"),
              Map.of("podSelector", Map.of("matchLabels",
                  Map.of("app.kubernetes.io/name", "gateway", "app.kubernetes.io/instance", RELEASE))),
              Map.of("podSelector", Map.of("matchLabels",
                  Map.of("app.kubernetes.io/name", "portal", "app.kubernetes.io/instance", RELEASE))));
        }
      }
      // Identity's rule must match the pods of every service.
      for (String w : workloads()) {
        assertThat(map(path(manifests.one("Deployment", RELEASE + "-" + w), "spec", "template", "metadata", "labels")))
            .containsEntry("app.kubernetes.io/part-of", "remacto");
      }
    }

    @Test
    void autoscaledDeploymentsLeaveTheReplicaCountToTheirAutoscaler() {
      for (String w : workloads()) {
        Map<String, Object> hpa = manifests.one("HorizontalPodAutoscaler", RELEASE + "-" + w);
        assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(path(hpa, "spec", "scaleTargetRef"))
            .isEqualTo(Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", RELEASE + "-" + w));
        assertThat((Integer) path(hpa, "spec", "maxReplicas")).isGreaterThanOrEqualTo((Integer) path(hpa, "spec", "minReplicas"));
        assertThat(map(manifests.one("Deployment", RELEASE + "-" + w).get("spec"))).doesNotContainKey("replicas");
      }
      assertThat(path(manifests.one("HorizontalPodAutoscaler", RELEASE + "-members"), "spec", "maxReplicas")).isEqualTo(4);
    }

    @Test
    void disruptionBudgetsSetExactlyOneBound() {
      for (String w : workloads()) {
        Map<String, Object> spec = map(manifests.one("PodDisruptionBudget", RELEASE + "-" + w).get("spec"));
        assertThat(spec.containsKey("minAvailable") ^ spec.containsKey("maxUnavailable")).as(w).isTrue();
      }
      assertThat(path(manifests.one("PodDisruptionBudget", RELEASE + "-members"), "spec", "minAvailable")).isEqualTo(1);
    }
  }

  @Test
  void valuesFromTheUmbrellaOverrideTheServiceDefaults() {
    Manifests manifests = Manifests.render(UMBRELLA, t -> t
        .set("members.resources.limits.memory", "1Gi")
        .set("members.mongodb.uriSecret.key", "members-uri")
        .set("members.env.REMACTO_FEATURE", "on")
        .set("gateway.kafka.enabled", "true")
        .set("global.imageTag", "1.2.3")
        .set("identity.enabled", "false"));
    Map<String, Object> members = container(manifests.one("Deployment", RELEASE + "-members"));
    assertThat(path(members, "resources", "limits", "memory")).isEqualTo("1Gi");
    assertThat(path(members, "resources", "requests", "memory")).as("untouched default").isNotNull();
    assertThat(members.get("image")).isEqualTo(REGISTRY + "/members-service:1.2.3");
    assertThat(maps(members.get("env"))).anySatisfy(e -> assertThat(path(e, "valueFrom", "secretKeyRef", "key"))
        .isEqualTo("members-uri"));
    assertThat(map(manifests.one("ConfigMap", RELEASE + "-members").get("data"))).containsEntry("REMACTO_FEATURE", "on");
    assertThat(map(manifests.one("ConfigMap", RELEASE + "-gateway").get("data"))).containsKey("KAFKA_BOOTSTRAP_SERVERS");
    assertThat(manifests.named(RELEASE + "-identity")).isEmpty();
  }

  @Test
  void missingRequiredValuesFailTheRendering() {
    assertThatThrownBy(() -> Manifests.render(UMBRELLA, t -> t.set("global.imageRegistry", "")))
        .hasMessageContaining("global.imageRegistry is required");
    assertThatThrownBy(() -> Manifests.render(UMBRELLA, t -> t.set("global.mongodb.uriSecret.name", "")))
        .hasMessageContaining("uriSecret.name");
    assertThatThrownBy(() -> Manifests.render(UMBRELLA, t -> t
        .set("gateway.ingress.enabled", "true").set("gateway.ingress.hosts", "null")))
        .hasMessageContaining("at least one host");
  }

  @Test
  void aBrokenLibraryTemplateFailsTheChecks(@TempDir Path copy) throws IOException {
    copyTree(CHARTS, copy, List.of("remacto", "remacto-service"));
    Path service = copy.resolve("remacto-service/templates/_service.tpl");
    Files.writeString(service, read(service).replace("targetPort: http", "targetPort: [http"));

    Path umbrella = copy.resolve("remacto");
    Path members = umbrella.resolve("charts/members");
    assertThat(new Helm(members).lint().strict().call().isFailed()).as("lint of a service chart").isTrue();
    // The umbrella renders (Helm only parses the parent's own templates), so the YAML check must catch it.
    assertThatThrownBy(() -> Manifests.render(umbrella, t -> t)).hasMessageContaining("YAML");
  }

  @Test
  void skaffoldBuildsEveryImageTheChartDeploysWithJibAndMapsItIntoTheRelease() {
    Map<String, Object> skaffold = yaml(SKAFFOLD);
    assertThat((String) skaffold.get("apiVersion")).startsWith("skaffold/v4");
    assertThat(skaffold.get("kind")).isEqualTo("Config");

    Map<String, Map<String, Object>> artifacts = new LinkedHashMap<>();
    for (Map<String, Object> a : maps(path(skaffold, "build", "artifacts"))) {
      artifacts.put((String) a.get("image"), a);
    }
    Manifests manifests = Manifests.render(UMBRELLA, t -> t);
    Map<String, Object> release = maps(path(skaffold, "deploy", "helm", "releases")).stream()
        .filter(r -> "remacto".equals(r.get("name"))).findFirst().orElseThrow();
    assertThat(CHARTS.resolveSibling((String) release.get("chartPath")).normalize()).isEqualTo(UMBRELLA);
    assertThat(release.get("skipBuildDependencies")).as("dependencies are vendored").isEqualTo(true);
    Map<String, Object> templates = map(release.get("setValueTemplates"));

    for (String w : workloads()) {
      String repository = repository((String) container(manifests.one("Deployment", RELEASE + "-" + w)).get("image"));
      assertThat(artifacts).as("skaffold artifact for %s", w).containsKey(repository);
      Map<String, Object> jib = map(artifacts.get(repository).get("jib"));
      String artifactId = repository.substring(repository.lastIndexOf('/') + 1);
      assertThat(jib).as(w).containsEntry("type", "maven").containsEntry("project", ":" + artifactId);
      assertThat(artifacts.get(repository).getOrDefault("context", ".")).isEqualTo(".");

      String key = repository.replaceAll("[/.:-]", "_");
      assertThat(templates).as("setValueTemplates for %s", w)
          .containsEntry(w + ".image.repository", "{{.IMAGE_REPO_" + key + "}}")
          .hasEntrySatisfying(w + ".image.tag", v -> assertThat((String) v).startsWith("{{.IMAGE_TAG_" + key + "}}"));
    }
    assertThat(artifacts).hasSize(workloads().size());

    Map<String, Object> dev = maps(skaffold.get("profiles")).stream()
        .filter(p -> "dev".equals(p.get("name"))).findFirst().orElseThrow();
    assertThat(maps(dev.get("portForward"))).anySatisfy(f -> assertThat(f)
        .containsEntry("resourceType", "service")
        .containsEntry("resourceName", RELEASE + "-gateway")
        .containsEntry("namespace", release.get("namespace"))
        .containsEntry("port", 8080)
        .containsEntry("localPort", 8080));
  }

  // --- rendering and YAML helpers ---------------------------------------------------------

  record Manifests(List<Map<String, Object>> documents) {

    static Manifests render(Path chart, UnaryOperator<TemplateCommand> options) {
      String output = options.apply(new Helm(chart).template().withName(RELEASE).withNamespace("remacto")).call();
      List<Map<String, Object>> documents = new ArrayList<>();
      try {
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(output)) {
          if (document != null) {
            documents.add(map(document));
          }
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("Rendered chart is not valid YAML: " + e.getMessage(), e);
      }
      for (Map<String, Object> d : documents) {
        assertThat(d).as("every document is a Kubernetes object").containsKeys("apiVersion", "kind", "metadata");
      }
      assertThat(documents.stream().map(d -> d.get("kind") + "/" + name(d)).toList())
          .as("no resource rendered twice").doesNotHaveDuplicates();
      return new Manifests(documents);
    }

    Map<String, Object> one(String kind, String name) {
      List<Map<String, Object>> found = documents.stream()
          .filter(d -> kind.equals(d.get("kind")) && name.equals(name(d))).toList();
      assertThat(found).as("%s %s", kind, name).hasSize(1);
      return found.get(0);
    }

    List<Map<String, Object>> ofKind(String kind) {
      return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    List<Map<String, Object>> named(String name) {
      return documents.stream().filter(d -> name.equals(name(d))).toList();
    }

    List<Object> kinds() {
      return documents.stream().map(d -> d.get("kind")).distinct().toList();
    }

    static String name(Map<String, Object> document) {
      return (String) path(document, "metadata", "name");
    }
  }

  static int expectedPort(String workload) {
    Workload known = KNOWN.get(workload);
    if (known != null) {
      return known.port();
    }
    return (Integer) yaml(UMBRELLA.resolve("charts").resolve(workload).resolve("values.yaml")).get("port");
  }

  static Map<String, Object> container(Map<String, Object> deployment) {
    List<Map<String, Object>> containers = maps(path(deployment, "spec", "template", "spec", "containers"));
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  /** The volume mounted at the given path in the deployment's container. */
  static Map<String, Object> mountPath(Map<String, Object> deployment, String mountPath) {
    Object volumeName = maps(container(deployment).get("volumeMounts")).stream()
        .filter(m -> mountPath.equals(m.get("mountPath"))).map(m -> m.get("name"))
        .findFirst().orElseThrow(() -> new AssertionError("nothing mounted at " + mountPath));
    return maps(path(deployment, "spec", "template", "spec", "volumes")).stream()
        .filter(v -> volumeName.equals(v.get("name"))).findFirst()
        .orElseThrow(() -> new AssertionError("no volume " + volumeName));
  }

  static Map<String, Object> namespace(String name) {
    return Map.of("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", name)));
  }

  /** The image reference without tag or digest. */
  static String repository(String image) {
    String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
    int colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
  }

  static Object path(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    assertThat(node).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    assertThat(node).isInstanceOf(List.class);
    return (List<Object>) node;
  }

  static List<Map<String, Object>> maps(Object node) {
    return list(node).stream().map(ChartTest::map).toList();
  }

  static Map<String, Object> yaml(Path file) {
    return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file)));
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ChartTest.class.getResource("/" + name), name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the named directories, keeping symbolic links as links (they are relative). */
  static void copyTree(Path from, Path to, List<String> roots) throws IOException {
    for (String root : roots) {
      try (Stream<Path> files = Files.walk(from.resolve(root))) {
        for (Path source : files.toList()) {
          Path target = to.resolve(from.relativize(source).toString());
          if (Files.isSymbolicLink(source)) {
            Files.createSymbolicLink(target, Files.readSymbolicLink(source));
          } else if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
          }
        }
      }
    }
  }
}
