package org.tawasul.channels.telegram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.tawasul.channels.ChannelId;
import org.tawasul.channels.MemberFiles;

/**
 * Fetches a file a member sent on Telegram: {@code getFile} for its path and size, then the download from
 * {@code <api-url>/file/bot<token>/<path>} (the configured Bot API server; the library's own download always goes
 * to api.telegram.org). A file whose {@code file_size} is over the limit is not downloaded; a download is read only
 * up to the limit. Telegram keeps a download link for at least an hour and a {@code file_id} valid for the bot; a
 * file it no longer has is an {@link IOException}. Exceptions never carry the download URL (it holds the token).
 */
public final class TelegramFiles implements MemberFiles {

    private final TelegramClient client;
    private final String fileBase;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param client  the Bot API client (for {@code getFile})
     * @param apiBase the Bot API server, {@code scheme://host:port}, e.g. {@code https://api.telegram.org}
     * @param token   the bot's token
     * @param timeout how long one download may take
     */
    public TelegramFiles(TelegramClient client, String apiBase, String token, Duration timeout) {
        this.client = Objects.requireNonNull(client, "client");
        String base = Objects.requireNonNull(apiBase, "apiBase");
        this.fileBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/file/bot"
                + Objects.requireNonNull(token, "token") + "/";
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public ChannelId channel() {
        return ChannelId.TELEGRAM;
    }

    @Override
    public Fetched fetch(String reference, long maxBytes) throws IOException {
        if (reference == null || reference.isBlank()) {
            throw new IOException("no file reference");
        }
        File file;
        try {
            file = client.execute(new GetFile(reference));
        } catch (TelegramApiException e) {
            throw new IOException("getFile failed: " + TelegramErrors.classify(e).error());
        } catch (RuntimeException e) {
            throw new IOException("getFile failed: " + e.getClass().getSimpleName());
        }
        if (file == null || file.getFilePath() == null || file.getFilePath().isBlank()) {
            throw new IOException("getFile gave no file path");
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new TooLarge(file.getFileSize());
        }
        String path = file.getFilePath();
        byte[] content = download(path, maxBytes);
        return new Fetched(extension(path), contentType(path), content);
    }

    private byte[] download(String path, long maxBytes) throws IOException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(fileBase + path)).timeout(timeout).GET().build();
        } catch (IllegalArgumentException badPath) {
            throw new IOException("getFile gave a file path that is no URL path");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("file download interrupted");
        } catch (IOException e) {
            throw new IOException("file download failed: " + e.getClass().getSimpleName()); // the URL holds the token
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("file download answered HTTP " + response.statusCode());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int read; (read = body.read(buffer)) != -1; ) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLarge(-1);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    /** The extension of a Bot API file path ({@code photos/file_3.jpg} → {@code jpg}), lower-case; "" when none. */
    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "";
    }

    private static String contentType(String path) {
        String type = URLConnection.guessContentTypeFromName(path.toLowerCase(Locale.ROOT));
        if (type == null && path.startsWith("photos/")) {
            return "image/jpeg"; // Telegram stores photos as JPEG
        }
        return type;
    }
}
