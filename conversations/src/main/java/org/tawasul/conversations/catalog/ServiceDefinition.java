package org.tawasul.conversations.catalog;

import org.tawasul.conversations.flow.LocalizedText;

/** A service members can request: its id, name and criteria, and the id of the flow that collects a request. */
public record ServiceDefinition(String id, LocalizedText name, LocalizedText criteria, String flowId) {

    /** The prefix of the flow id generated for each service. */
    public static final String FLOW_PREFIX = "service-";
}
