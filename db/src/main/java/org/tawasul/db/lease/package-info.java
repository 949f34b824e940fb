/**
 * Named leases between nodes (table {@code lease}), timed by the database's own clock, so that a job
 * (long polling a bot, sending the outbox) runs on one node at a time.
 */
package org.tawasul.db.lease;
