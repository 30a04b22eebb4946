package dev.tensortrail.curriculum;

import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Bean
    ContentReader contentReader(MarkdownRenderer renderer, Clock clock) {
        return new ContentReader(renderer, clock);
    }

    /** Loads the content before anything else runs; a broken file stops start-up with its name. */
    @Bean
    @Order(-100)
    ApplicationRunner curriculumStartupLoad(CurriculumLoader loader,
            @Value("${tensortrail.curriculum.location:classpath:curriculum}") String location) {
        return args -> loader.load(location);
    }
}
