package org.tawasul.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.tawasul.channels.MemberFiles;

/** Fetching a member's file with the real TelegramBots client (getFile) and the download, against a fake Bot API. */
class TelegramFilesTests {

    private final FakeBotApi api = new FakeBotApi();
    private final TelegramFiles files = new TelegramFiles(new OkHttpTelegramClient(FakeBotApi.TOKEN,
            new TelegramUrl("http", "127.0.0.1", api.port(), false)), "http://127.0.0.1:" + api.port(), FakeBotApi.TOKEN,
            Duration.ofSeconds(10));

    @AfterEach
    void stop() {
        api.close();
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        return content;
    }

    @Test
    void aPhotoIsFetchedFromTheConfiguredServerWithItsExtensionAndType() throws IOException {
        byte[] photo = bytes(20_000);
        api.file("AgAC-photo", "photos/file_7.jpg", photo, 20_000L);
        MemberFiles.Fetched fetched = files.fetch("AgAC-photo", 20_000);
        assertThat(fetched.content()).isEqualTo(photo);
        assertThat(fetched.extension()).isEqualTo("jpg");
        assertThat(fetched.contentType()).isEqualTo("image/jpeg");
        assertThat(api.downloads()).isEqualTo(1);
    }

    @Test
    void aFileGetFileSaysIsOverTheLimitIsNotDownloaded() {
        api.file("BQAC-big", "documents/file_8.pdf", bytes(100), 5_000_001L);
        assertThatThrownBy(() -> files.fetch("BQAC-big", 5_000_000)).isInstanceOfSatisfying(MemberFiles.TooLarge.class,
                tooLarge -> assertThat(tooLarge.size()).isEqualTo(5_000_001L));
        assertThat(api.downloads()).isZero();
    }

    @Test
    void aDownloadLongerThanTheLimitIsCutOffWhenGetFileGaveNoSize() {
        api.file("BQAC-nosize", "documents/file_9.pdf", bytes(1001), null);
        assertThatThrownBy(() -> files.fetch("BQAC-nosize", 1000)).isInstanceOf(MemberFiles.TooLarge.class);
        assertThat(Arrays.equals(assertFetched("BQAC-nosize", 1001), bytes(1001))).isTrue();
    }

    private byte[] assertFetched(String id, long max) {
        try {
            return files.fetch(id, max).content();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnknownFileIdOrAMissingDownloadIsAnIOExceptionWithoutTheToken() {
        api.fileGone("BQAC-gone");
        assertThatThrownBy(() -> files.fetch("BQAC-gone", 1000)).isInstanceOf(IOException.class)
                .isNotInstanceOf(MemberFiles.TooLarge.class).hasMessageContaining("invalid file_id");
        // getFile answers a path the file server does not have (404 from WireMock)
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(FakeBotApi.path("getfile")).atPriority(1)
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("BQAC-lost"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"result\":{\"file_id\":\"BQAC-lost\",\"file_unique_id\":\"u\",\"file_path\":\"documents/x.pdf\"}}")));
        assertThatThrownBy(() -> files.fetch("BQAC-lost", 1000)).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 404").hasMessageNotContaining(FakeBotApi.TOKEN);
    }

    @Test
    void theServerDownIsAnIOExceptionWithoutTheToken() {
        TelegramFiles unreachable = new TelegramFiles(new OkHttpTelegramClient(FakeBotApi.TOKEN,
                new TelegramUrl("http", "127.0.0.1", 9, false)), "http://127.0.0.1:9", FakeBotApi.TOKEN, Duration.ofSeconds(2));
        assertThatThrownBy(() -> unreachable.fetch("AgAC", 1000)).isInstanceOf(IOException.class)
                .hasMessageNotContaining(FakeBotApi.TOKEN).hasMessageNotContaining("TEST-token");
    }

    @Test
    void extensionsComeFromTheFilePath() {
        assertThat(TelegramFiles.extension("photos/file_3.JPG")).isEqualTo("jpg");
        assertThat(TelegramFiles.extension("documents/file_4")).isEmpty();
        assertThat(TelegramFiles.extension("documents/file.")).isEmpty();
    }
}
