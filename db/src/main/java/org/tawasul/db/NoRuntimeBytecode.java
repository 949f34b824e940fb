package org.tawasul.db;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Runs Hibernate without generating classes at start-up: its default bytecode provider (Byte Buddy) builds
 * a lazy-loading proxy class and an accessor class for every entity while the persistence unit starts,
 * about a quarter of its start-up time, for proxies Tawasul never uses (no entity is loaded by reference,
 * and the one lazy to-one association, a case event's case, is only read through its case's list of
 * events, whose owner is loaded already). This is the provider Hibernate itself falls back to where Byte
 * Buddy cannot run (native images): entities are read and written by reflection, and a lazy to-one
 * association or {@code getReference} of an entity not yet loaded fails with Hibernate's message naming
 * this provider, so such a mapping shows in the tests rather than in production. Registered through
 * {@code META-INF/services}, so every persistence unit of the application and of its tests starts the
 * same way.
 */
public final class NoRuntimeBytecode implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder registry) {
        registry.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
    }
}
