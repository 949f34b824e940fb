package org.tawasul.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;

/** The repositories' declared queries are read without Spring Data's HQL grammar (its start-up cost). */
class RepositoryConfigurationTests {

    @Test
    void declaredQueriesAreReadByThePlainReaderNotTheHqlGrammar() {
        RepositoryConfiguration.PlainQueries selector = new RepositoryConfiguration.PlainQueries();
        DeclaredQuery jpql = DeclaredQuery.jpqlQuery("select new org.tawasul.db.inbox.WaitingEvent(e.id, e.attempts) "
                + "from InboxEvent e where e.channel = :channel order by e.id");
        assertThat(selector.select(jpql)).isSameAs(QueryEnhancerFactories.fallback())
                .isNotSameAs(QueryEnhancerFactories.hql());
        // what Spring Data asks of a declared query, answered by the plain reader as the grammar would
        var enhancer = selector.select(jpql).create(jpql);
        assertThat(enhancer.detectAlias()).isEqualTo("e");
        assertThat(enhancer.hasConstructorExpression()).isTrue();
        assertThat(selector.select(DeclaredQuery.nativeQuery("UPDATE inbox SET payload = '' WHERE id IN (:ids)")))
                .isSameAs(QueryEnhancerFactories.fallback());
    }
}
