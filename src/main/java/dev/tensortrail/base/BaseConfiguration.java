package dev.tensortrail.base;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Settings shared by several modules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoData.class)
class BaseConfiguration {}
