package org.tawasul.faq;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.tawasul.conversations.message.Language;

/**
 * {@code faq-eval FILE.tsv} and {@code faq-scores "question"}: the configured FAQ (the same settings as the bot:
 * {@code tawasul.faq.*} from application.properties, the environment or {@code --options}) measured against labelled
 * questions, or one question's ranking. They start the FAQ alone: no database, channels or web server.
 */
public final class FaqCommands {

    private static final String EVAL_USAGE = "Usage: java -jar tawasul.jar faq-eval FILE.tsv [Spring options]\n"
            + "  FILE.tsv: one question a line, 'entry-id<TAB>question' (NONE for a question that must go to staff)";
    private static final String SCORES_USAGE = "Usage: java -jar tawasul.jar faq-scores \"QUESTION\" [--lang=ar|en] "
            + "[--top=5] [Spring options]";

    private FaqCommands() {
    }

    /** {@code faq-eval}: 0 when every question went where its label says, 1 when some did not, 2 on bad input. */
    public static int evaluate(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args[0].startsWith("--")) {
            err.println(EVAL_USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = start(Arrays.copyOfRange(args, 1, args.length))) {
            FaqIndex index = context.getBean(FaqIndex.class);
            List<FaqEvaluation.Labelled> questions = FaqEvaluation.read(Path.of(args[0]));
            out.println("FAQ: " + index.entries().size() + " entries; " + questions.size() + " questions from " + args[0]);
            FaqEvaluation.Report report = FaqEvaluation.run(index, questions);
            report.print(out, index.minScore());
            return report.misses().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException | FaqDefinitionException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** {@code faq-scores}: prints the closest entries with their scores, and which one would answer. */
    public static int scores(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0 || args[0].startsWith("--")) {
            err.println(SCORES_USAGE);
            return 2;
        }
        String question = args[0];
        Optional<Language> language = Optional.of(FaqEvaluation.languageOf(question));
        int top = 5;
        List<String> springArgs = new ArrayList<>();
        for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
            if (arg.startsWith("--lang=")) {
                language = Language.fromCode(arg.substring("--lang=".length()));
            } else if (arg.matches("--top=[1-9][0-9]?")) {
                top = Integer.parseInt(arg.substring("--top=".length()));
            } else {
                springArgs.add(arg);
            }
        }
        if (language.isEmpty()) {
            err.println(SCORES_USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = start(springArgs.toArray(String[]::new))) {
            print(context.getBean(FaqIndex.class), question, language.get(), top, out);
            return 0;
        } catch (FaqDefinitionException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    static void print(FaqIndex index, String question, Language language, int top, PrintStream out) {
        List<FaqMatch> matches = index.top(question, language, top);
        out.println("terms: " + String.join(" ", FaqQuery.searchedTerms(question).stream()
                .map(t -> t.startsWith(FaqLexicon.ELSEWHERE_MARK) ? t.substring(1) + "(elsewhere)" : t).toList()));
        out.println("rank\tentry\tscore\tevidence\tshare");
        for (int i = 0; i < matches.size(); i++) {
            FaqMatch match = matches.get(i);
            out.printf(Locale.ROOT, "%d\t%s\t%.2f\t%.2f\t%.2f%n", i + 1, match.entry().id(), match.score(), match.evidence(),
                    match.share());
        }
        Optional<FaqMatch> best = matches.stream().findFirst().filter(index::answers);
        out.printf(Locale.ROOT, "%s (min-score %.2f)%n", best.map(m -> "answered by " + m.entry().id())
                .orElse("handed to staff"), index.minScore());
    }

    private static ConfigurableApplicationContext start(String[] springArgs) {
        SpringApplication application = new SpringApplication(FaqConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        application.setLazyInitialization(true);
        application.setDefaultProperties(Map.of("logging.threshold.console", "OFF", "logging.file.name", "data/tawasul.log"));
        return application.run(springArgs);
    }
}
