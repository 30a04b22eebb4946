package dev.tensortrail.curriculum;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the course content lives ({@code tensortrail.curriculum.location}, a Spring resource
 * location such as {@code classpath:curriculum} or {@code file:/srv/content}). The one key for it:
 * other modules that read a file from the content folder (the decision model) ask for
 * {@link #file(String)}.
 */
@ConfigurationProperties("tensortrail.curriculum")
public record CurriculumProperties(
        @DefaultValue("classpath:curriculum") String location) {

    /** The resource location of a file at the top of the content folder. */
    public String file(String name) {
        return location.endsWith("/") ? location + name : location + "/" + name;
    }
}
