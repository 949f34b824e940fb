package org.tawasul.staff.mail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tawasul.cases.Case;
import org.tawasul.channels.MemberFiles;
import org.tawasul.channels.StaffMail;
import org.tawasul.conversations.message.Language;

/**
 * The member's files on a case's notification: the answers that are files ({@code photo:REF}, {@code document:REF},
 * as the dialogs record them) are noted for the outbox row when the mail is written ({@code mail_attachment}), and
 * fetched from the member's channel ({@link MemberFiles}) when it is sent: attached in question order while their
 * total stays within {@code tawasul.mail.attachments-max-bytes}, the others listed by name (and size, when known)
 * with a note. A file that cannot be fetched is listed, never holding the mail back.
 */
@Component
class MailFiles implements StaffMail.Files {

    private static final Logger log = LoggerFactory.getLogger(MailFiles.class);
    private static final Pattern FILE_ANSWER = Pattern.compile("(photo|document):(\\S{1,255})");

    /** A file answer: the channel's reference and the name staff see (the question's id). */
    record FileRef(String kind, String reference, String name) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<MemberFiles> channels;
    private final StaffMailSettings settings;

    MailFiles(JdbcTemplate jdbc, ObjectProvider<MemberFiles> channels, StaffMailSettings settings) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.settings = settings;
    }

    /** The answers of a case that are files, by question id ({@code attachment} before {@code attachment-2}). */
    static List<FileRef> filesOf(Case aCase) {
        List<FileRef> files = new ArrayList<>();
        new java.util.TreeMap<>(aCase.getAnswers()).forEach((key, value) -> {
            Matcher file = value == null ? null : FILE_ANSWER.matcher(value.strip());
            if (file != null && file.matches()) {
                files.add(new FileRef(file.group(1), file.group(2), nameOf(key, files.size() + 1)));
            }
        });
        return files;
    }

    /** A file name from the question's id: letters, digits, '-' and '_' only. */
    private static String nameOf(String key, int position) {
        String name = key == null ? "" : key.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return name.isEmpty() ? "file-" + position : name;
    }

    /** Notes the files that go with the outbox row (in the transaction that writes it). */
    void attach(long outboxId, String channel, List<FileRef> files) {
        for (int i = 0; i < files.size(); i++) {
            FileRef file = files.get(i);
            jdbc.update("INSERT INTO mail_attachment (outbox_id, position, channel, kind, reference, name) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", outboxId, i, channel, file.kind(), file.reference(), file.name());
        }
    }

    @Override
    public StaffMail.Attached of(long outboxId) {
        record Row(String channel, String kind, String reference, String name) {
        }
        List<Row> rows = jdbc.query("SELECT channel, kind, reference, name FROM mail_attachment WHERE outbox_id = ? "
                + "ORDER BY position", (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), outboxId);
        if (rows.isEmpty()) {
            return StaffMail.Attached.NONE;
        }
        Language language = settings.language();
        long budget = settings.attachmentsMaxBytes().toBytes();
        List<StaffMail.File> attached = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Row row : rows) {
            String kind = OfficerNotifier.TEXTS.get("file." + row.kind(), language);
            MemberFiles channel = channels.orderedStream().filter(c -> c.channel().id().equals(row.channel()))
                    .findFirst().orElse(null);
            if (channel == null) {
                left.add(line("files.unavailable", row.name(), kind, -1, language));
                continue;
            }
            try {
                MemberFiles.Fetched file = channel.fetch(row.reference(), budget);
                String name = file.extension().isEmpty() ? row.name() : row.name() + "." + file.extension();
                attached.add(new StaffMail.File(name, file.contentType(), file.content()));
                budget -= file.content().length;
            } catch (MemberFiles.TooLarge tooLarge) {
                left.add(line("files.tooLarge", row.name(), kind, tooLarge.size(), language));
            } catch (IOException | RuntimeException failed) {
                log.warn("A file of outbox row {} could not be fetched from {}: {}", outboxId, row.channel(),
                        failed.getMessage());
                left.add(line("files.unavailable", row.name(), kind, -1, language));
            }
        }
        String note = left.isEmpty() ? null : OfficerNotifier.TEXTS.get("files.note", language,
                Map.of("max", size(settings.attachmentsMaxBytes().toBytes(), language))) + "\n" + String.join("\n", left);
        return new StaffMail.Attached(attached, note);
    }

    private static String line(String key, String name, String kind, long size, Language language) {
        return "• " + OfficerNotifier.TEXTS.get(size < 0 && key.equals("files.tooLarge") ? key + ".unknown" : key,
                language, Map.of("name", name, "kind", kind, "size", size < 0 ? "" : size(size, language)));
    }

    /** A size as staff read it: 850 KB, 12.3 MB. */
    static String size(long bytes, Language language) {
        boolean ar = language == Language.AR;
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + (ar ? " ك.ب" : " KB");
        }
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)) + (ar ? " م.ب" : " MB");
    }
}
