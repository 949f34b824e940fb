/**
 * Persistence for Tawasul: the Flyway schema, JPA entities and Spring Data repositories for conversations,
 * the inbox, the outbox and the member registry, and the privacy of members' data.
 */
package org.tawasul.db;
