package org.tawasul.bench.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PacingBenchCommandTests {

    @Test
    void aSmallRunPrintsItsFigures() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            status = PacingBenchCommand.run(new String[] {"--messages=12", "--chats=4", "--rate=10"});
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assertThat(status).isZero();
        assertThat(text).containsPattern("mode=telegram-pacing messages=12 chats=4 configured_per_s=10 limit_per_s=4 "
                + "achieved_per_s=[0-9.]+ accuracy_pct=[0-9.]+ http_429=[0-9]+ max_in_1s=[0-9]+ failed=0 seconds=[0-9.]+");
    }

    @Test
    void messagesGoRoundTheChats() {
        assertThat(PacingBenchCommand.recipients(5, 2)).containsExactly("2000000", "2000001", "2000000", "2000001", "2000000");
    }

    @Test
    void badOptionsAreRefused() {
        assertThat(PacingBenchCommand.run(new String[] {"--messages=x"})).isEqualTo(2);
        assertThat(PacingBenchCommand.run(new String[] {"--rate=0"})).isEqualTo(2);
        assertThat(PacingBenchCommand.run(new String[] {"--chats=0"})).isEqualTo(2);
        // each chat needs two messages at least: the achieved rate is measured over whole rounds
        assertThat(PacingBenchCommand.run(new String[] {"--messages=10", "--chats=6"})).isEqualTo(2);
        assertThat(PacingBenchCommand.run(new String[] {"--updates=10"})).isEqualTo(2);
    }
}
