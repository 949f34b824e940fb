package org.tawasul.cases.routing;

import java.util.List;
import java.util.Objects;
import org.tawasul.conversations.flow.LocalizedText;

/** A committee that studies cases, reached by email: {@link #REQUESTS}, {@link #FOLLOW_UP}, {@link #SOCIAL_RESEARCH}. */
public record Committee(String id, LocalizedText name, String email) {

    /** The competent committee that studies service requests (P6). */
    public static final String REQUESTS = "requests";

    /** The investigation and follow-up committee that handles complaints (P9, P12). */
    public static final String FOLLOW_UP = "follow-up";

    /** Social research, to whom staff refer a member for whom the procedure is unclear (P8). */
    public static final String SOCIAL_RESEARCH = "social-research";

    /** The committees an officers file must define. */
    public static final List<String> REQUIRED = List.of(REQUESTS, FOLLOW_UP, SOCIAL_RESEARCH);

    public Committee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
