/** Persistence for Tawasul: the Flyway schema, JPA entities and Spring Data repositories for conversations, the inbox and the outbox. */
package org.tawasul.db;
