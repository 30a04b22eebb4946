package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import java.time.Clock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.context.properties.EnableConfigurationProperties({
    FreshnessProperties.class,
    CurriculumProperties.class
})
class CurriculumConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Bean
    ContentReader contentReader(MarkdownRenderer renderer, Clock clock) {
        return new ContentReader(renderer, clock);
    }

    /**
     * Loads the content while the context starts, before the web server takes requests, so
     * nobody sees a half-loaded path; a broken file stops start-up with its name.
     */
    @Bean
    SmartInitializingSingleton curriculumStartupLoad(CurriculumLoader loader, CurriculumProperties content) {
        return () -> loader.load(content.location());
    }
}
