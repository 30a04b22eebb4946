package dev.tensortrail.progress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

    @Bean
    Fsrs fsrs(@Value("${tensortrail.review.desired-retention:0.9}") double desiredRetention) {
        return new Fsrs(Fsrs.Parameters.defaults().withDesiredRetention(desiredRetention));
    }
}
