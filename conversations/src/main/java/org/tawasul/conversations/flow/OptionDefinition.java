package org.tawasul.conversations.flow;

import java.util.List;

/**
 * One option of a choice step: a key (stored as the answer and sent as the button payload),
 * its label, extra words that also select it, and optionally a flow it branches into or a global
 * command it gives (such as {@code staff}).
 */
public record OptionDefinition(String id, LocalizedText label, List<String> synonyms, String flow, String command) {

    public OptionDefinition {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
