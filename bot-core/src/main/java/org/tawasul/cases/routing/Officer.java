package org.tawasul.cases.routing;

import java.util.Objects;
import java.util.Set;
import org.tawasul.conversations.flow.LocalizedText;

/**
 * A contact officer (P15): receives and answers enquiries of the member categories and fields of work
 * they cover; {@code deputyId} names the officer who stands in for them.
 *
 * @param categories member categories covered; empty for any category
 * @param fields     fields of work covered; empty for any field
 * @param isDefault  whether this officer answers what no other officer covers (exactly one does)
 */
public record Officer(String id, LocalizedText name, String email, Set<String> categories, Set<String> fields,
                      String deputyId, boolean isDefault) {

    public Officer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(deputyId, "deputyId");
        categories = Set.copyOf(categories);
        fields = Set.copyOf(fields);
    }
}
