package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ModuleSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/** A module of the learning path, as last loaded from path.yml. */
@Entity
@Table(name = "path_module")
class PathModule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug = "";

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(nullable = false)
    private String summary = "";

    @Column(nullable = false)
    private int position;

    @Column(name = "unlock_rule", nullable = false, length = 30)
    private String unlockRule = "";

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected PathModule() {
    }

    PathModule(ModuleSource source, Instant now) {
        this.slug = source.slug();
        apply(source, now);
    }

    /** @return true when something changed */
    boolean apply(ModuleSource source, Instant now) {
        boolean changed = !source.hash().equals(contentHash) || retiredAt != null;
        if (changed) {
            title = source.title();
            summary = source.summary();
            position = source.order();
            unlockRule = source.unlock().word();
            contentHash = source.hash();
            retiredAt = null;
            updatedAt = now;
        }
        return changed;
    }

    boolean retire(Instant now) {
        if (retiredAt != null) {
            return false;
        }
        retiredAt = now;
        updatedAt = now;
        return true;
    }

    long id() {
        return Objects.requireNonNull(id);
    }

    String slug() {
        return slug;
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

    boolean retired() {
        return retiredAt != null;
    }
}
