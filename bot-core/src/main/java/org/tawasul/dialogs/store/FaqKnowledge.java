package org.tawasul.dialogs.store;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.message.Language;
import org.tawasul.dialogs.KnowledgePort;
import org.tawasul.faq.FaqIndex;

/** Answers enquiries from the FAQ index. */
@Component
class FaqKnowledge implements KnowledgePort {

    private final FaqIndex index;

    FaqKnowledge(FaqIndex index) {
        this.index = index;
    }

    @Override
    public Optional<Answer> best(String question, Language language) {
        return index.best(question, language).map(match -> new Answer(match.entry().id(),
                match.entry().answer().in(language), match.entry().category()));
    }
}
