package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowedTests {

    @Test
    void joinsFlowedLinesAndKeepsHardBreaks() {
        assertThat(Flowed.unflow("one two \nthree\nfour\n", false)).isEqualTo("one two three\nfour\n");
    }

    @Test
    void deletesTheFlowingSpaceWithDelsp() {
        assertThat(Flowed.unflow("كلمة \nطويلة", true)).isEqualTo("كلمةطويلة");
    }

    @Test
    void keepsQuoteDepthsApartAndTheSignatureLine() {
        assertThat(Flowed.unflow("> a \n> b\n>> c \nd\n-- \nsig", false)).isEqualTo("> a b\n>> c \nd\n-- \nsig");
        assertThat(Flowed.unflow(" From me", false)).isEqualTo("From me");
    }
}
