package dev.tensortrail.curriculum;

import dev.tensortrail.base.content.VersionedContent;
import dev.tensortrail.curriculum.content.ModuleSource;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A module of the learning path, as last loaded from path.yml. */
@Entity
@Table(name = "path_module")
@AttributeOverride(name = "slug", column = @Column(nullable = false, unique = true, length = 80))
class PathModule extends VersionedContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false)
    private String summary = "";

    @Column(nullable = false)
    private int position;

    @Column(name = "unlock_rule", nullable = false, length = 30)
    private String unlockRule = "";

    protected PathModule() {}

    PathModule(ModuleSource source, Instant now) {
        super(source.slug());
        apply(source, now);
    }

    /** @return true when something changed */
    boolean apply(ModuleSource source, Instant now) {
        if (holds(source.hash())) {
            return false;
        }
        title = source.title();
        summary = source.summary();
        position = source.order();
        unlockRule = source.unlock().word();
        revise(source.hash(), now);
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    int position() {
        return position;
    }

    ModuleSource.UnlockRule unlockRule() {
        return "open".equals(unlockRule) ? ModuleSource.UnlockRule.OPEN : ModuleSource.UnlockRule.PREVIOUS_MODULE;
    }
}
