package dev.tensortrail.progress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ProgressConfiguration {

    @Bean
    Fsrs fsrs(ReviewProperties review) {
        return new Fsrs(Fsrs.Parameters.defaults().withDesiredRetention(review.desiredRetention()));
    }
}
