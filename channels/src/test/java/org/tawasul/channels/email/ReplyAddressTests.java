package org.tawasul.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyAddressTests {

    private final ReplyAddress address = new ReplyAddress("tawasul+{token}@society.example");

    @Test
    void putsTheTokenIntoTheTemplate() {
        assertThat(address.format("abc234")).isEqualTo("tawasul+abc234@society.example");
    }

    @Test
    void findsTheTokenWhateverTheCaseAndTheDecoration() {
        assertThat(address.extract("tawasul+abc234@society.example")).contains("abc234");
        assertThat(address.extract("TAWASUL+ABC234@SOCIETY.EXAMPLE")).contains("abc234");
        assertThat(address.extract("\"تواصل\" <Tawasul+Abc234@Society.Example>")).contains("abc234");
        assertThat(address.extract("<tawasul+abc234@society.example>")).contains("abc234");
    }

    @Test
    void ignoresAddressesThatDoNotFitTheTemplate() {
        assertThat(address.extract("tawasul@society.example")).isEmpty();
        assertThat(address.extract("xtawasul+abc234@society.example")).isEmpty();
        assertThat(address.extract("tawasul+abc234@society.example.evil.example")).isEmpty();
        assertThat(address.extract("tawasul+abc234@other.example")).isEmpty();
        assertThat(address.extract("tawasul+abc-234@society.example")).isEmpty();
        assertThat(address.extract(null)).isEmpty();
    }

    @Test
    void findsTheFirstTokenAmongRecipients() {
        assertThat(address.findToken(List.of("ahmed@society.example", "tawasul+first2@society.example",
                "tawasul+second@society.example"))).contains("first2");
        assertThat(address.findToken(List.of("ahmed@society.example"))).isEmpty();
    }

    @Test
    void theTokenMayBeAnywhereInTheLocalPart() {
        ReplyAddress prefix = new ReplyAddress("r-{token}-x@mail.society.example");
        assertThat(prefix.extract(prefix.format("zz77"))).contains("zz77");
    }

    @Test
    void refusesTemplatesWithoutOneTokenInTheLocalPart() {
        for (String bad : new String[] {"tawasul@society.example", "{token}", "tawasul+{token}{token}@society.example",
                "tawasul@{token}.example", "تواصل+{token}@society.example", "tawasul+{token}@"}) {
            assertThatThrownBy(() -> new ReplyAddress(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesAnAddressWhoseLocalPartWouldBeTooLong() {
        ReplyAddress longPrefix = new ReplyAddress("society-member-services-replies+{token}@society.example");
        assertThatThrownBy(() -> longPrefix.format("a".repeat(40))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64");
    }
}
