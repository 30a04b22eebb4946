package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked against what the app reads. */
class DeploymentFilesTest {

    private static final Pattern ENV_PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_sets_only_environment_names_the_app_reads() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var app = services.get("app");
        var environment = (Map<String, Object>) app.get("environment");

        assertThat(appEnvironmentNames()).containsAll(environment.keySet());
        assertThat(environment).containsKeys("DB_URL", "DB_USER", "DB_PASSWORD");
        assertThat(environment.get("DB_URL").toString()).startsWith("jdbc:postgresql://db:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_scale_profile_puts_two_identical_nodes_behind_a_sticky_haproxy() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var second = services.get("app-2");
        assertThat(second.get("environment")).isEqualTo(services.get("app").get("environment"));
        assertThat((List<String>) second.get("profiles")).containsExactly("scale");
        var lb = services.get("lb");
        assertThat(lb.get("image").toString()).startsWith("haproxy:");
        assertThat((List<String>) lb.get("profiles")).containsExactly("scale");
        String haproxy = Files.readString(Path.of("deploy", "haproxy.cfg"));
        assertThat(haproxy)
                .contains("cookie NODE insert")
                .contains("option redispatch")
                .contains("httpchk GET /actuator/health/readiness")
                .contains("server app app:8080")
                .contains("server app-2 app-2:8080");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_app_waits_for_a_healthy_database_with_a_named_volume() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var db = services.get("db");
        assertThat(db.get("image").toString()).startsWith("postgres:17");
        assertThat(db).containsKey("healthcheck");
        var dependsOn = (Map<String, Map<String, Object>>) services.get("app").get("depends_on");
        assertThat(dependsOn.get("db")).containsEntry("condition", "service_healthy");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKey("db-data");
    }

    @Test
    void the_readme_documents_every_environment_name_the_app_reads() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : appEnvironmentNames()) {
            assertThat(readme).as("README mentions %s", name).contains("`" + name + "`");
        }
    }

    private static Set<String> appEnvironmentNames() throws IOException {
        String properties = Files.readString(Path.of("src/main/resources/application.properties"));
        Set<String> names = new TreeSet<>();
        var matcher = ENV_PLACEHOLDER.matcher(properties);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
