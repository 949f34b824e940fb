package org.tawasul.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.tawasul.channels.telegram.TelegramTranslator;
import org.tawasul.channels.telegram.TelegramUpdate;

class StartupTrainingTests {

    @Test
    void everyUpdateTheFakeHandsOutRunsATurnInAChatOfItsOwn() throws Exception {
        ObjectMapper json = new ObjectMapper();
        TelegramTranslator translator = new TelegramTranslator(1);
        Set<Long> chats = new HashSet<>();
        assertThat(StartupTraining.UPDATES).hasSize(3);
        for (String text : StartupTraining.UPDATES) {
            // an update TelegramBots cannot read fails the whole getUpdates answer, and the training run sends nothing
            Update update = json.readValue(text, Update.class);
            assertThat(translator.translate(update)).isInstanceOf(TelegramUpdate.Turn.class);
            chats.add(update.getMessage().getChatId());
        }
        // one chat per update: a chat's answers are paced a second apart, which would only make the build slower
        assertThat(chats).hasSize(StartupTraining.UPDATES.size());
    }
}
