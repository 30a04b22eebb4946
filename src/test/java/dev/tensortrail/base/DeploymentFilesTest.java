package dev.tensortrail.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
