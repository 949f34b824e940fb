package org.tawasul.channels.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Header sets the way real providers write them (signatures and ids are made up but well-formed). */
final class FixtureHeaders {

    private FixtureHeaders() {
    }

    /** Deterministic base64-looking text of a given length for signatures and hashes. */
    static String noise(String seed, int length) {
        StringBuilder out = new StringBuilder();
        int round = 0;
        while (out.length() < length) {
            out.append(Base64.getEncoder().withoutPadding().encodeToString(sha256(seed + "#" + round++)));
        }
        return out.substring(0, length);
    }

    static String hex(String seed, int length) {
        StringBuilder out = new StringBuilder();
        int round = 0;
        while (out.length() < length) {
            out.append(HexFormat.of().formatHex(sha256(seed + "#" + round++)));
        }
        return out.substring(0, length);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What our own MX and mailbox server add on delivery (Postfix, then Dovecot over LMTP). */
    static List<String> delivery(String seed, String envelopeFrom, String rcpt, String fromHost, String fromIp, String date) {
        List<String> h = new ArrayList<>();
        h.add("Return-Path: <" + envelopeFrom + ">");
        h.add("Delivered-To: " + rcpt);
        h.add("Received: from mx1.society.example\r\n\tby imap.society.example with LMTP\r\n\tid " + noise(seed + "lmtp", 22)
                + "\r\n\t(envelope-from <" + envelopeFrom + ">)\r\n\tfor <" + rcpt + ">; " + date);
        h.add("X-Original-To: " + rcpt);
        h.add("Received: from " + fromHost + " (" + fromHost + " [" + fromIp + "])\r\n\t(using TLSv1.3 with cipher "
                + "TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits))"
                + "\r\n\t(No client certificate requested)\r\n\tby mx1.society.example (Postfix) with ESMTPS id "
                + noise(seed + "qid", 12).replaceAll("[+/]", "x") + "\r\n\tfor <" + rcpt + ">; " + date);
        return h;
    }

    static List<String> gmail(String seed, String from, String to, String subject, String date, String inReplyTo,
                              String references, String messageId) {
        List<String> h = new ArrayList<>();
        h.add("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=gmail.com; s=20230601; t=1796323337; "
                + "x=1796928137; darn=society.example;\r\n        h=to:subject:message-id:date:from:in-reply-to:references"
                + ":mime-version\r\n         :from:to:cc:subject:date:message-id:reply-to;\r\n        bh="
                + noise(seed + "bh", 43) + "=;\r\n        b=" + fold(noise(seed + "b", 344), 70, "         "));
        h.add("X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\r\n        d=1e100.net; s=20230601; "
                + "t=1796323337; x=1796928137;\r\n        h=to:subject:message-id:date:from:in-reply-to:references"
                + ":mime-version\r\n         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\r\n"
                + "        bh=" + noise(seed + "bh", 43) + "=;\r\n        b=" + fold(noise(seed + "gb", 344), 70, "         "));
        h.add("X-Gm-Message-State: AOJu0Y" + noise(seed + "gm", 70) + "\r\n\t" + noise(seed + "gm2", 40));
        h.add("X-Google-Smtp-Source: AGHT+IF" + noise(seed + "src", 80));
        h.add("X-Received: by 2002:a17:907:7da4:b0:a9a:1b2c:3d4e with SMTP id oz36-20020a1709077da4b0a9a1b2c3d4emr"
                + "1234567ejc.12.1796323336512;\r\n        " + date);
        h.add("MIME-Version: 1.0");
        h.add("References: " + references);
        h.add("In-Reply-To: " + inReplyTo);
        h.add("From: " + from);
        h.add("Date: " + date);
        h.add("Message-ID: " + messageId);
        h.add("Subject: " + subject);
        h.add("To: " + to);
        return h;
    }

    /** Exchange Online as Outlook desktop and web send through it. */
    static List<String> exchange(String seed, String from, String to, String subject, String topic, String date,
                                 String inReplyTo, String references, String language, String... extra) {
        String id = "DB9PR04MB" + hex(seed + "id", 4).toUpperCase();
        List<String> h = new ArrayList<>();
        h.add("ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\r\n b="
                + fold(noise(seed + "arc", 340), 72, " "));
        h.add("ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\r\n s=arcselector10001;\r\n "
                + "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount"
                + ":X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\r\n bh="
                + noise(seed + "abh", 43) + "=;\r\n b=" + fold(noise(seed + "ab", 340), 72, " "));
        h.add("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=society.example;\r\n s=selector1; "
                + "h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n bh="
                + noise(seed + "dbh", 43) + "=;\r\n b=" + fold(noise(seed + "db", 340), 72, " "));
        h.add("From: " + from);
        h.add("To: " + to);
        h.add("Subject: " + subject);
        h.add("Thread-Topic: " + topic);
        h.add("Thread-Index: AQHbZ" + noise(seed + "ti", 30) + "==");
        h.add("Date: " + date);
        h.add("Message-ID:\r\n <" + id + hex(seed + "mid", 28).toUpperCase() + "@" + id + ".eurprd04.prod.outlook.com>");
        h.add("References: " + references);
        h.add("In-Reply-To: " + inReplyTo);
        h.add("Accept-Language: ar-SA, en-US");
        h.add("Content-Language: " + language);
        h.add("X-MS-Has-Attach:");
        h.add("X-MS-TNEF-Correlator:");
        h.add("msip_labels:");
        h.add("x-ms-publictraffictype: Email");
        h.add("x-ms-traffictypediagnostic: " + id + ":EE_|AS8PR04MB" + hex(seed + "t", 4).toUpperCase() + ":EE_");
        h.add("x-ms-office365-filtering-correlation-id: " + uuid(seed + "corr"));
        h.add("x-ms-exchange-senderadcheck: 1");
        h.add("x-ms-exchange-antispam-relay: 0");
        h.add("x-microsoft-antispam: BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;");
        h.addAll(List.of(extra));
        h.add("MIME-Version: 1.0");
        h.add("X-OriginatorOrg: society.example");
        h.add("X-MS-Exchange-CrossTenant-AuthAs: Internal");
        h.add("X-MS-Exchange-CrossTenant-AuthSource: " + id + ".eurprd04.prod.outlook.com");
        h.add("X-MS-Exchange-CrossTenant-Network-Message-Id: " + uuid(seed + "net"));
        h.add("X-MS-Exchange-CrossTenant-originalarrivaltime: 03 Dec 2026 07:42:05.1234 (UTC)");
        h.add("X-MS-Exchange-CrossTenant-fromentityheader: Hosted");
        h.add("X-MS-Exchange-CrossTenant-id: " + uuid(seed + "tenant"));
        return h;
    }

    static String uuid(String seed) {
        String x = hex(seed, 32);
        return x.substring(0, 8) + "-" + x.substring(8, 12) + "-" + x.substring(12, 16) + "-" + x.substring(16, 20) + "-"
                + x.substring(20, 32);
    }

    static String fold(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i += width) {
            if (i > 0) {
                out.append("\r\n").append(indent);
            }
            out.append(text, i, Math.min(text.length(), i + width));
        }
        return out.toString();
    }
}
