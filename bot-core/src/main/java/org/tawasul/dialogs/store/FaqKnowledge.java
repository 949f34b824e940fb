package org.tawasul.dialogs.store;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tawasul.conversations.message.Language;
import org.tawasul.dialogs.KnowledgePort;
import org.tawasul.faq.FaqIndex;

/**
 * Answers enquiries from the FAQ index. The index is built in the background while the rest of the bot
 * starts (see {@code FaqConfiguration}); it is looked up at the first enquiry, which waits for it only if
 * it comes within the first second or so.
 */
@Component
class FaqKnowledge implements KnowledgePort {

    private final ObjectProvider<FaqIndex> index;

    FaqKnowledge(ObjectProvider<FaqIndex> index) {
        this.index = index;
    }

    @Override
    public Optional<Answer> best(String question, Language language) {
        return index.getObject().best(question, language).map(match -> new Answer(match.entry().id(),
                match.entry().answer().in(language), match.entry().category()));
    }
}
