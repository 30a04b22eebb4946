package dev.tensortrail;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Routes the application's connection pool through a {@link DatabaseProxy}, so that a test can
 * take the database away and bring it back while the application runs, and counts the SQL each
 * action sends ({@link SqlCounter}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseOutageConfiguration {

    private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^/:]+):(\\d+)(/.*)");

    @Bean
    static AtomicReference<DatabaseProxy> databaseProxyHolder() {
        return new AtomicReference<>();
    }

    @Bean
    static BeanPostProcessor throughTheProxy(AtomicReference<DatabaseProxy> holder) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof HikariDataSource pool && holder.get() == null) {
                    var url = HOST_PORT.matcher(pool.getJdbcUrl());
                    if (!url.matches()) {
                        throw new IllegalStateException("cannot proxy " + pool.getJdbcUrl());
                    }
                    try {
                        var proxy = new DatabaseProxy(url.group(1), Integer.parseInt(url.group(2)));
                        holder.set(proxy);
                        String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + url.group(3);
                        pool.setJdbcUrl(proxied);
                        // and the pool's connections count what each action sends (SqlCounter)
                        var driver = new org.postgresql.ds.PGSimpleDataSource();
                        driver.setURL(proxied);
                        for (var property : pool.getDataSourceProperties().entrySet()) {
                            driver.setProperty(
                                    property.getKey().toString(),
                                    property.getValue().toString());
                        }
                        pool.setDataSourceProperties(new java.util.Properties());
                        pool.setDataSource(
                                net.ttddyy.dsproxy.support.ProxyDataSourceBuilder.create("tensortrail", driver)
                                        .listener(SqlCounter.LISTENER)
                                        .build());
                    } catch (IOException | java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return bean;
            }
        };
    }

    @Bean
    DatabaseProxy databaseProxy(AtomicReference<DatabaseProxy> holder, javax.sql.DataSource dataSource) {
        return holder.get();
    }
}
