package org.tawasul.bench.engine;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tawasul.conversations.engine.ConversationEngine;
import org.tawasul.conversations.engine.ConversationState;
import org.tawasul.conversations.engine.DialogEvent;
import org.tawasul.conversations.engine.EngineSettings;
import org.tawasul.conversations.engine.TurnResult;
import org.tawasul.conversations.flow.FlowRegistry;
import org.tawasul.conversations.message.Inbound;
import org.tawasul.conversations.message.Language;
import org.tawasul.codec.Json;

/** The engine alone, with conversation state held in a map in memory. */
final class MemoryBench {

    private MemoryBench() {
    }

    static void run(BenchCommand.Options options) {
        FlowRegistry flows = FlowRegistry.of(FlowRegistry.parse(FlowRegistry.sources(MemoryBench.class.getClassLoader(),
                "bench/", null)), Workload.FLOW);
        ConversationEngine engine = new ConversationEngine(flows,
                new EngineSettings(3, java.time.Duration.ofHours(24), Workload.FLOW));
        System.out.printf("warming up with %d members...%n", options.warmup());
        play(engine, "warm-", options.warmup(), options.threads(), new ConcurrentHashMap<>(), new AtomicLong());
        System.out.printf("measuring %d members...%n", options.members());
        Map<String, ConversationState> store = new ConcurrentHashMap<>(options.members() * 2);
        AtomicLong completed = new AtomicLong();
        long[] stateBytes = new long[1];
        Driver.Result result = Driver.run("m-", options.members(), options.threads(), turns(engine, store, completed), () -> {
            long total = 0;
            for (Map.Entry<String, ConversationState> entry : store.entrySet()) {
                ConversationState s = entry.getValue();
                total += StateBytes.of("bench", entry.getKey(), s.flowId(), s.stepId(), s.resumeStepId(),
                        s.status().name(), Json.answers(s.answers()), s.language().code());
            }
            stateBytes[0] = total / store.size();
        });
        Figures.print("memory", options.members(), options.threads(), result.latencies(), result.elapsedNanos(),
                result.heapBytesPerMember(), stateBytes[0], completed.get());
    }

    private static void play(ConversationEngine engine, String prefix, int members, int threads,
                             Map<String, ConversationState> store, AtomicLong completed) {
        if (members > 0) {
            Driver.run(prefix, members, threads, turns(engine, store, completed), () -> { });
        }
    }

    private static Driver.Turns turns(ConversationEngine engine, Map<String, ConversationState> store, AtomicLong completed) {
        return (address, member, turn) -> {
            Instant now = Instant.now();
            ConversationState state = store.getOrDefault(address, null);
            if (state == null) {
                state = ConversationState.fresh(Language.AR, now);
            }
            TurnResult result = turn == 0
                    ? engine.start(state, Workload.FLOW, now)
                    : engine.handle(state, Inbound.text(Workload.answer(member, turn)), now);
            for (DialogEvent event : result.events()) {
                if (event instanceof DialogEvent.DialogCompleted) {
                    completed.incrementAndGet();
                }
            }
            store.put(address, result.state());
        };
    }
}
