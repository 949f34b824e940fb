package org.tawasul.channels.brokenb.spring;

/**
 * A channel runtime breaking the rules on purpose (see ArchitectureTests): it writes outbox and inbox
 * rows itself and uses a feature.
 */
public class BrokenRuntime {
    org.tawasul.db.outbox.OutboxRepository outbox;
    org.tawasul.db.inbox.InboxEvent inbox;
    org.tawasul.cases.CaseService feature;
}
