package dev.tensortrail.recommendation;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.tensortrail.curriculum.content.ContentProblem;
import dev.tensortrail.curriculum.content.ContentValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class DecisionModelFileTest {

    /** Where the app's lessons live; the link check below is skipped when they are not present. */
    private static final Path LESSONS =
            Path.of(System.getProperty("tensortrail.lessons", "src/main/resources/curriculum/lessons"));

    /** A small valid file that the broken samples below are derived from. */
    private static final String VALID = """
            model_version: "2025-12-01.1"
            either_margin: 3
            factors:
              - id: team_skill
                title: Your team's framework
                question: How much does your team's framework matter?
                lean: from-team
                team_strength: 2
                evidence: Switching frameworks costs people, code and pipelines.
                source: https://www.tensorflow.org/tfx/api_docs/python/tfx/v1/components
                as_of: 2025-12-01
                skill: decision-factors
                lesson: decisions-requirements-team-goals
              - id: browser
                title: Running in the browser
                question: How important is running in a browser?
                lean: -1
                evidence: TensorFlow.js runs TensorFlow models natively in the browser.
                source: https://www.tensorflow.org/js/guide/platform_environment
                as_of: 2025-12-01
                skill: browser-tpu
                lesson: deployment-browser-and-tpus
                hedge: onnx
            """;

    @Test
    void the_shipped_file_parses_with_every_row_of_the_factor_table() {
        DecisionModelDefinition definition = DecisionModelFile.loadBundled();

        assertThat(definition.version()).isEqualTo("2026-12-01.1");
        assertThat(definition.eitherMargin()).isEqualTo(3);
        assertThat(definition.deploymentCounting()).isEqualTo(DeploymentCounting.STRONGEST);
        Map<String, Lean> leans = definition.factors().stream()
                .collect(Collectors.toMap(Factor::id, Factor::lean, (a, b) -> a, java.util.LinkedHashMap::new));
        assertThat(leans)
                .containsExactly(
                        entry("team_skill", new Lean.FromTeam(2)),
                        entry("hf_or_llm_checkpoints", new Lean.Fixed(2)),
                        entry("llm_serving", new Lean.Fixed(2)),
                        entry("novel_research", new Lean.Fixed(2)),
                        entry("wants_tfx_platform", new Lean.Fixed(-2)),
                        entry("server_gpu_serving", new Lean.Fixed(0)),
                        entry("mobile_apps", new Lean.Fixed(0)),
                        entry("microcontrollers", new Lean.Fixed(-1)),
                        entry("browser", new Lean.Fixed(-1)),
                        entry("tpus", new Lean.Fixed(-1)),
                        entry("high_level_api", new Lean.Fixed(0)),
                        entry("jvm_serving", new Lean.Fixed(0)));
        assertThat(definition.factors()).allSatisfy(factor -> {
            assertThat(factor.asOf()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(factor.source().getScheme()).isEqualTo("https");
            assertThat(factor.title().length()).isLessThanOrEqualTo(DecisionModelFile.MAX_TITLE_LENGTH);
        });
    }

    @Test
    void the_team_factor_leans_toward_the_team_framework_and_the_high_level_api_factor_names_the_options() {
        DecisionModelDefinition definition = DecisionModelFile.loadBundled();

        Lean team = definition.factor("team_skill").orElseThrow().lean();
        assertThat(team.valueFor(TeamFramework.TENSORFLOW)).isEqualTo(-2);
        assertThat(team.valueFor(TeamFramework.PYTORCH)).isEqualTo(2);
        assertThat(team.valueFor(TeamFramework.BOTH)).isZero();
        assertThat(team.valueFor(TeamFramework.NONE)).isZero();

        Factor highLevel = definition.factor("high_level_api").orElseThrow();
        assertThat(highLevel.lean()).isEqualTo(new Lean.Fixed(0));
        assertThat(highLevel.advice()).contains("Keras 3").contains("Lightning").contains("fastai");
    }

    @Test
    void the_2026_data_follows_the_fact_sheet() {
        DecisionModelDefinition definition = DecisionModelFile.loadBundled();

        assertThat(definition.factors())
                .filteredOn(Factor::deploymentTarget)
                .extracting(Factor::id)
                .containsExactly(
                        "llm_serving",
                        "server_gpu_serving",
                        "mobile_apps",
                        "microcontrollers",
                        "browser",
                        "tpus",
                        "jvm_serving");
        assertThat(definition.factor("tpus").orElseThrow().evidence())
                .contains("PyTorch/XLA is frozen at 2.9")
                .contains("TorchTPU")
                .contains("not yet public");
        assertThat(definition.factor("mobile_apps").orElseThrow().evidence())
                .contains("ExecuTorch (1.5")
                .contains("LiteRT Torch");
        assertThat(definition.factor("team_skill").orElseThrow().evidence()).doesNotContain("TFX");
        assertThat(definition.factor("microcontrollers").orElseThrow().excludedHedge())
                .isEqualTo(Hedge.ONNX);
        assertThat(definition.factor("server_gpu_serving").orElseThrow().advice())
                .contains("TF Serving")
                .contains("torch.export")
                .contains("AOTInductor")
                .contains("Triton")
                .contains("vLLM")
                .contains("TorchServe is archived");
        assertThat(definition.factor("jvm_serving").orElseThrow().advice())
                .contains("ONNX Runtime")
                .contains("TensorFlow Java");
        assertThat(Hedge.KERAS_3.advice())
                .contains("SavedModel")
                .contains("ONNX")
                .contains("OpenVINO")
                .contains("LiteRT")
                .contains("torch");
        assertThat(definition.factors())
                .filteredOn(f -> f.lean().valueFor(TeamFramework.NONE) == 0)
                .filteredOn(f -> !(f.lean() instanceof Lean.FromTeam))
                .allSatisfy(f -> assertThat(f.advice())
                        .as(f.id() + " leans neither way, so it advises")
                        .isNotBlank());
    }

    @Test
    void the_2025_file_still_parses_and_adds_deployment_targets_up() throws IOException {
        String old = Files.readString(Path.of("src/test/resources/decision-model/2025-12-01.1.yml"));

        DecisionModelDefinition definition = DecisionModelFile.parse(old, "decision model 2025-12-01.1");

        assertThat(definition.version()).isEqualTo("2025-12-01.1");
        assertThat(definition.deploymentCounting()).isEqualTo(DeploymentCounting.SUM);
        assertThat(definition.factors()).noneMatch(Factor::deploymentTarget);
        assertThat(definition.factor("high_level_api").orElseThrow().advice()).contains("Keras 3");
    }

    @Test
    void every_factor_links_a_real_lesson_and_skill_and_cites_one_of_that_lessons_sources() throws IOException {
        assertThat(LESSONS).as("the lessons folder").isDirectory();
        Map<String, Map<?, ?>> lessons = new HashMap<>();
        try (Stream<Path> files = Files.walk(LESSONS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                Map<?, ?> frontMatter = frontMatter(Files.readString(file));
                lessons.put((String) frontMatter.get("slug"), frontMatter);
            }
        }

        assertThat(DecisionModelFile.loadBundled().factors()).allSatisfy(factor -> {
            assertThat(lessons).as("lesson of %s", factor.id()).containsKey(factor.lesson());
            Map<?, ?> lesson = lessons.get(factor.lesson());
            List<String> skills = new ArrayList<>();
            for (Object skill : (List<?>) lesson.get("skills")) {
                skills.add((String) skill);
            }
            assertThat(skills).as("skills of %s", factor.lesson()).contains(factor.skill());
            List<String> urls = new ArrayList<>();
            for (Object source : (List<?>) lesson.get("sources")) {
                urls.add((String) ((Map<?, ?>) source).get("url"));
            }
            assertThat(urls)
                    .as("sources of %s, cited by %s", factor.lesson(), factor.id())
                    .contains(factor.source().toString());
        });
    }

    @Test
    void the_small_sample_parses() {
        DecisionModelDefinition definition = DecisionModelFile.parse(VALID, "sample.yml");

        assertThat(definition.factors()).extracting(Factor::id).containsExactly("team_skill", "browser");
        assertThat(definition.factor("browser").orElseThrow().hedge()).isEqualTo(Hedge.ONNX);
    }

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                broken(
                        "missing source",
                        yaml -> yaml.replace(
                                "    source: https://www.tensorflow.org/js/guide/platform_environment\n", ""),
                        "line 14: factor 'browser': 'source' is missing"),
                broken(
                        "lean out of range",
                        yaml -> yaml.replace("lean: -1", "lean: 3"),
                        "line 14: factor 'browser': 'lean' must be between -2 and 2, not 3"),
                broken(
                        "duplicate id",
                        yaml -> yaml.replace("id: team_skill", "id: browser")
                                .replace("lean: from-team\n    team_strength: 2", "lean: 1"),
                        "line 13: factor 'browser': duplicate id: entries #1 and #2 are both 'browser'"),
                broken(
                        "lean of an unknown type (a list)",
                        yaml -> yaml.replace("lean: -1", "lean: [1]"),
                        "line 14: factor 'browser': 'lean' must be a whole number from -2 to 2 or 'from-team', not '[1]'"),
                broken(
                        "lean as unknown text",
                        yaml -> yaml.replace("lean: -1", "lean: slightly tensorflow"),
                        "factor 'browser': 'lean' must be a whole number",
                        "not 'slightly tensorflow'"),
                broken(
                        "title of the wrong type",
                        yaml -> yaml.replace("title: Running in the browser", "title: 42"),
                        "factor 'browser': 'title' must be text, not 42"),
                broken(
                        "title too long for the compact UI",
                        yaml -> yaml.replace("title: Running in the browser", "title: " + "Browser ".repeat(7)),
                        "factor 'browser': 'title' must be at most 50 characters, not 55"),
                broken(
                        "unknown field",
                        yaml -> yaml.replace("    hedge: onnx", "    hedge: onnx\n    colour: blue"),
                        "factor 'browser': unknown field 'colour' (allowed: advice, as_of,"),
                broken(
                        "source that is not https",
                        yaml -> yaml.replace("https://www.tensorflow.org/js", "http://www.tensorflow.org/js"),
                        "factor 'browser': 'source' must be an https address, not 'http://www.tensorflow.org/js/"),
                broken(
                        "as_of that is not a date",
                        yaml -> yaml.replace(
                                "as_of: 2025-12-01\n    skill: browser-tpu",
                                "as_of: last winter\n    skill: browser-tpu"),
                        "factor 'browser': 'as_of' must be an ISO date such as 2025-12-01, not 'last winter'"),
                broken(
                        "as_of on a day that does not exist",
                        yaml -> yaml.replace(
                                "as_of: 2025-12-01\n    skill: browser-tpu",
                                "as_of: 2025-02-30\n    skill: browser-tpu"),
                        "factor 'browser': 'as_of' must be an ISO date such as 2025-12-01, not '2025-02-30'"),
                broken(
                        "unknown hedge",
                        yaml -> yaml.replace("hedge: onnx", "hedge: tflite"),
                        "factor 'browser': 'hedge' must be 'keras-3' or 'onnx', not 'tflite'"),
                broken(
                        "lesson that is not a slug",
                        yaml -> yaml.replace("lesson: deployment-browser-and-tpus", "lesson: Browser and TPUs"),
                        "factor 'browser': 'lesson' must be lowercase letters, digits and '-', not 'Browser and TPUs'"),
                broken(
                        "team strength on a fixed lean",
                        yaml -> yaml.replace("lean: -1", "lean: -1\n    team_strength: 2"),
                        "factor 'browser': 'team_strength' is only allowed with lean 'from-team'"),
                broken(
                        "two team factors",
                        yaml -> yaml.replace("lean: -1", "lean: from-team\n    team_strength: 1"),
                        "factor 'browser': only one factor may use lean 'from-team', and 'team_skill' already does"),
                broken(
                        "missing id",
                        yaml -> yaml.replace("  - id: browser\n    title", "  - title"),
                        "line 14: factor #2: 'id' is missing"),
                broken(
                        "id that is not lower_snake_case",
                        yaml -> yaml.replace("id: browser", "id: Browser"),
                        "line 14: factor #2: 'id' must be lower_snake_case, not 'Browser'"),
                broken(
                        "negative either margin",
                        yaml -> yaml.replace("either_margin: 3", "either_margin: -1"),
                        "'either_margin' must be at least 0, not -1"),
                broken(
                        "unknown deployment counting",
                        yaml -> yaml.replace("either_margin: 3", "either_margin: 3\ndeployment_targets: average"),
                        "'deployment_targets' must be 'strongest' or 'sum', not 'average'"),
                broken(
                        "deployment target that is not true or false",
                        yaml -> yaml.replace("    hedge: onnx", "    hedge: onnx\n    deployment_target: yes please"),
                        "factor 'browser': 'deployment_target' must be true or false, not 'yes please'"),
                broken(
                        "a factor excluding its own hedge",
                        yaml -> yaml.replace("    hedge: onnx", "    hedge: onnx\n    excludes_hedge: onnx"),
                        "factor 'browser': 'excludes_hedge' names the factor's own hedge 'onnx'"),
                broken(
                        "advice under both names",
                        yaml -> yaml.replace(
                                "    hedge: onnx", "    hedge: onnx\n    advice: Use X.\n    hedge_text: Use Y."),
                        "factor 'browser': give either 'advice' or its old name 'hedge_text', not both"),
                broken(
                        "repeated key inside a factor",
                        yaml -> yaml.replace("    hedge: onnx", "    hedge: onnx\n    lean: 1"),
                        "line 24: broken YAML: found duplicate key lean"),
                broken(
                        "no factors at all",
                        yaml -> yaml.substring(0, yaml.indexOf("factors:")) + "factors: []\n",
                        "'factors' needs at least one entry"),
                broken(
                        "a factor that is not a mapping",
                        yaml -> yaml.replace("factors:\n", "factors:\n  - browser\n"),
                        "line 4: each entry of 'factors' must be a mapping with named fields"));
    }

    @ParameterizedTest
    @MethodSource("brokenSamples")
    void a_broken_file_is_rejected_with_one_problem_naming_the_file_the_line_the_factor_and_what_is_wrong(
            UnaryOperator<String> breakIt, List<String> expectedFragments) {
        String yaml = breakIt.apply(VALID);
        assertThat(yaml).as("the sample must actually change").isNotEqualTo(VALID);

        assertThatThrownBy(() -> DecisionModelFile.parse(yaml, "broken.yml"))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(problem -> assertThat(problem.file()).isEqualTo("broken.yml"))
                                .extracting(ContentProblem::problem, as(InstanceOfAssertFactories.STRING))
                                .contains(expectedFragments));
    }

    @Test
    void every_problem_of_a_broken_file_is_reported_at_once_with_the_line_of_its_factor() {
        String yaml = VALID.replace("https://www.tensorflow.org/tfx", "http://www.tensorflow.org/tfx")
                .replace("lean: -1", "lean: 3")
                .replace("hedge: onnx", "hedge: tflite");

        assertThatThrownBy(() -> DecisionModelFile.parse(yaml, "broken.yml"))
                .isInstanceOfSatisfying(
                        ContentValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(ContentProblem::toString)
                                .containsExactly(
                                        "broken.yml: line 4: factor 'team_skill': 'source' must be an https address, not"
                                                + " 'http://www.tensorflow.org/tfx/api_docs/python/tfx/v1/components'",
                                        "broken.yml: line 14: factor 'browser': 'lean' must be between -2 and 2, not 3",
                                        "broken.yml: line 14: factor 'browser': 'hedge' must be 'keras-3' or 'onnx', not"
                                                + " 'tflite'"))
                .hasMessageContaining("3 problem(s)");
    }

    private static Arguments broken(String name, UnaryOperator<String> breakIt, String... expectedFragments) {
        return argumentSet(name, breakIt, List.of(expectedFragments));
    }

    private static Map<?, ?> frontMatter(String markdown) {
        String[] parts = markdown.split("(?m)^---\\s*$", 3);
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(parts[1]);
    }
}
