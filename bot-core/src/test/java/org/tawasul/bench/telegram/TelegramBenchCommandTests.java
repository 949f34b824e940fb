package org.tawasul.bench.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.tawasul.channels.telegram.TelegramUpdate;
import org.tawasul.channels.telegram.TelegramTranslator;

class TelegramBenchCommandTests {

    @Test
    void everyUpdateOfTheWorkloadIsAValidUpdateThatRunsATurn() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TelegramTranslator translator = new TelegramTranslator(1);
        for (String update : TelegramBenchCommand.workload(9, 3)) {
            // a date of 0 would make TelegramBots read an "inaccessible message" and fail the whole batch
            assertThat(translator.translate(json.readValue(update, Update.class))).isInstanceOf(TelegramUpdate.Turn.class);
        }
    }

    @Test
    void badOptionsAreRefused() {
        assertThat(TelegramBenchCommand.run(new String[] {"--updates=x"})).isEqualTo(2);
        assertThat(TelegramBenchCommand.run(new String[] {"--batch=101"})).isEqualTo(2);
        assertThat(TelegramBenchCommand.run(new String[] {"--mode=h2"})).isEqualTo(2);
    }
}
