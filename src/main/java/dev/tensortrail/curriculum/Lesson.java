package dev.tensortrail.curriculum;

import dev.tensortrail.base.content.VersionedContent;
import dev.tensortrail.curriculum.content.LessonSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lesson as last loaded from its file. The id stays the same across edits, so completions
 * (and later quiz history) keep pointing at it; a removed file retires the row.
 */
@Entity
@Table(name = "lesson")
class Lesson extends VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false)
    private String goal = "";

    @Column(name = "reading_minutes", nullable = false)
    private int readingMinutes;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf = LocalDate.EPOCH;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml = "";

    @Column(name = "key_points", nullable = false)
    private String[] keyPoints = {};

    @Column(nullable = false)
    private String[] skills = {};

    @Column(nullable = false)
    private String[] prerequisites = {};

    @Column(name = "source_titles", nullable = false)
    private String[] sourceTitles = {};

    @Column(name = "source_urls", nullable = false)
    private String[] sourceUrls = {};

    @Column(name = "section_anchors", nullable = false)
    private String[] sectionAnchors = {};

    @Column(name = "section_titles", nullable = false)
    private String[] sectionTitles = {};

    @Column(name = "source_file", nullable = false, length = 300)
    private String sourceFile = "";

    @Version
    private long version;

    protected Lesson() {}

    Lesson(LessonSource source, long moduleId, Instant now) {
        super(source.slug());
        apply(source, moduleId, now);
    }

    /** Takes the file's content when it changed (or the lesson comes back); @return true when it did. */
    boolean apply(LessonSource source, long newModuleId, Instant now) {
        if (holds(source.hash()) && moduleId == newModuleId) {
            return false;
        }
        moduleId = newModuleId;
        position = source.order();
        title = source.title();
        goal = source.goal();
        readingMinutes = source.readingMinutes();
        asOf = source.asOf();
        bodyHtml = source.bodyHtml();
        keyPoints = source.keyPoints().toArray(String[]::new);
        skills = source.skills().toArray(String[]::new);
        prerequisites = source.prerequisites().toArray(String[]::new);
        sourceTitles = source.sources().stream().map(LessonSource.Link::title).toArray(String[]::new);
        sourceUrls = source.sources().stream().map(LessonSource.Link::url).toArray(String[]::new);
        sectionAnchors =
                source.sections().stream().map(LessonSource.Section::anchor).toArray(String[]::new);
        sectionTitles =
                source.sections().stream().map(LessonSource.Section::title).toArray(String[]::new);
        sourceFile = source.file();
        revise(source.hash(), now);
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    long moduleId() {
        return moduleId;
    }

    int position() {
        return position;
    }

    String title() {
        return title;
    }

    int readingMinutes() {
        return readingMinutes;
    }

    List<String> prerequisites() {
        return List.of(prerequisites);
    }

    LessonContent toContent(String moduleSlug, String moduleTitle) {
        List<LessonContent.Source> sources = new ArrayList<>();
        for (int i = 0; i < sourceUrls.length; i++) {
            sources.add(new LessonContent.Source(sourceTitles[i], sourceUrls[i]));
        }
        List<LessonContent.Section> sections = new ArrayList<>();
        for (int i = 0; i < sectionAnchors.length; i++) {
            sections.add(new LessonContent.Section(sectionAnchors[i], sectionTitles[i]));
        }
        return new LessonContent(
                slug(),
                title,
                moduleSlug,
                moduleTitle,
                goal,
                readingMinutes,
                asOf,
                bodyHtml,
                List.of(keyPoints),
                List.of(skills),
                List.copyOf(sources),
                List.copyOf(sections));
    }
}
