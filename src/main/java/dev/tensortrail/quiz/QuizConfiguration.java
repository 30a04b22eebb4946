package dev.tensortrail.quiz;

import dev.tensortrail.curriculum.content.ContentReader;
import dev.tensortrail.curriculum.content.MarkdownRenderer;
import dev.tensortrail.quiz.content.QuizReader;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuizConfiguration {

    @Bean
    QuizReader quizReader(ContentReader files, MarkdownRenderer renderer, Clock clock) {
        return new QuizReader(files, renderer, clock);
    }
}
