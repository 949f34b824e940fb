package org.tawasul.channels.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that answers as told, for the replies GreenMail never gives: a refused recipient,
 * a temporary refusal, a message refused after its data, no answer after the data, a connection
 * closed after the data. It speaks enough SMTP for Angus Mail's client.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** Reply to the end of the data by closing the connection. */
    static final String CLOSE = "<close>";
    /** Do not reply to the end of the data at all. */
    static final String SILENCE = "<silence>";

    private final ServerSocket socket;
    private final String rcptReply;
    private final String endOfDataReply;
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final Thread thread;

    ScriptedSmtpServer(String rcptReply, String endOfDataReply) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.endOfDataReply = endOfDataReply;
        this.thread = new Thread(this::serve, "scripted-smtp");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** The commands received, in order (message data left out). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException closed) {
                // the test is over, or the client went away
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        OutputStream out = client.getOutputStream();
        send(out, "220 scripted.example ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            commands.add(line);
            String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (verb) {
                case "EHLO", "HELO" -> send(out, "250-scripted.example\r\n250-8BITMIME\r\n250 SIZE 10485760");
                case "MAIL" -> send(out, "250 2.1.0 Ok");
                case "RCPT" -> send(out, rcptReply);
                case "DATA" -> {
                    send(out, "354 End data with <CR><LF>.<CR><LF>");
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        // the message itself
                    }
                    if (endOfDataReply.equals(CLOSE)) {
                        return;
                    }
                    if (!endOfDataReply.equals(SILENCE)) {
                        send(out, endOfDataReply);
                    }
                }
                case "QUIT" -> {
                    send(out, "221 2.0.0 Bye");
                    return;
                }
                case "RSET", "NOOP" -> send(out, "250 2.0.0 Ok");
                default -> send(out, "502 5.5.2 Error: command not recognized");
            }
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
