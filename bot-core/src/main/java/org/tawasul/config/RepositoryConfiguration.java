package org.tawasul.config;

import jakarta.persistence.AttributeConverter;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.repository.config.BootstrapMode;

/**
 * The JPA repositories (every {@code *Repository} under {@code org.tawasul}), with Spring Data reading their
 * {@code @Query} strings by its plain (regular-expression) reader instead of its ANTLR grammar for HQL. Spring Data
 * reads a declared query only to find its alias, its projection and a count query; ours need none of its grammar
 * (no sorting or paging is added to them), while that grammar's first use built its prediction tables on the main
 * thread at every start: the largest single cost of start-up (~1 s of 6 on JDK 17). Hibernate still parses and checks
 * each query at start-up, so a wrong one stops the application as before.
 *
 * <p>The repositories are {@linkplain BootstrapMode#DEFERRED deferred}: Hibernate builds the entity manager factory
 * on a background thread ({@code spring.jpa.bootstrap=async}) while the main thread creates the other beans, and the
 * repositories are made once it is done, still before the application reports it has started (so a broken mapping or
 * query still stops it). The attribute converters Hibernate asks Spring for (and what they need: the privacy keys,
 * the cipher, the keyed hash) are made on the main thread before the bootstrap begins, so that the two threads never
 * make the same bean: a bad privacy key was otherwise, now and then, reported as a circular reference instead of by
 * the message naming the key and the fix.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.tawasul", queryEnhancerSelector = RepositoryConfiguration.PlainQueries.class,
        bootstrapMode = BootstrapMode.DEFERRED)
public class RepositoryConfiguration {

    @Bean
    static EntityManagerFactoryDependsOnPostProcessor convertersBeforeHibernate() {
        return new EntityManagerFactoryDependsOnPostProcessor(AttributeConverter.class);
    }

    /** Spring Data's plain reader for JPQL and native queries alike. */
    public static class PlainQueries extends QueryEnhancerSelector.DefaultQueryEnhancerSelector {

        public PlainQueries() {
            super(QueryEnhancerFactories.fallback(), QueryEnhancerFactories.fallback());
        }
    }
}
