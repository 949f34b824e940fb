package org.tawasul.conversations.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tawasul.conversations.engine.Texts;
import org.tawasul.conversations.flow.FlowDefinition;
import org.tawasul.conversations.flow.FlowDefinitionException;
import org.tawasul.conversations.flow.FlowLoader;
import org.tawasul.conversations.flow.LocalizedText;
import org.tawasul.conversations.message.Language;

/**
 * Services declared in files, each compiled into a request flow (P4–P6): the criteria and required
 * documents are shown before any question and the member confirms they apply; then the service's
 * fields, one attachment step per document, a summary with the chance to change any answer, the
 * attestation (P5) and the application's {@code open-case} action.
 * <pre>
 * id: housing-support
 * version: 1
 * name: {ar: ..., en: ...}
 * criteria: {ar: ..., en: ...}
 * fields: [ ...steps as in a flow file... ]
 * documents:
 *   - {id: id-copy, label: {ar: ..., en: ...}, optional: false}
 * </pre>
 */
public final class ServiceCatalog {

    /** The action that turns a confirmed request into a case. */
    public static final String OPEN_CASE = "open-case";

    private final List<ServiceDefinition> services;
    private final List<FlowDefinition> flows;

    private ServiceCatalog(List<ServiceDefinition> services, List<FlowDefinition> flows) {
        this.services = List.copyOf(services);
        this.flows = List.copyOf(flows);
    }

    /**
     * Reads catalog files (name and YAML text each), collecting every problem.
     *
     * @throws FlowDefinitionException naming file, place and fix for each problem
     */
    public static ServiceCatalog read(Map<String, String> files) {
        Texts texts = new Texts();
        Map<String, ServiceDefinition> services = new LinkedHashMap<>();
        Map<String, FlowDefinition> flows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        files.forEach((source, yaml) -> {
            try {
                Object document = FlowLoader.yaml(source, yaml);
                if (!(document instanceof Map<?, ?> map) || map.get("id") == null || map.get("name") == null
                        || map.get("criteria") == null) {
                    problems.add(source + ": a service needs 'id', 'name' and 'criteria'. Fix: add them "
                            + "(name and criteria in both ar and en).");
                    return;
                }
                FlowDefinition flow = FlowLoader.fromDocument(source, ServiceFlow.document(map, texts));
                // a later file with the same id (a society's own) replaces an earlier (bundled) one
                services.put(flow.id(), new ServiceDefinition(map.get("id").toString(), flow.title(), criteria(map), flow.id()));
                flows.put(flow.id(), flow);
            } catch (FlowDefinitionException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new FlowDefinitionException(problems);
        }
        return new ServiceCatalog(new ArrayList<>(services.values()), new ArrayList<>(flows.values()));
    }

    private static LocalizedText criteria(Map<?, ?> map) {
        Map<?, ?> criteria = (Map<?, ?>) map.get("criteria");
        return new LocalizedText(String.valueOf(criteria.get("ar")).strip(), String.valueOf(criteria.get("en")).strip());
    }

    /** The services, in file order. */
    public List<ServiceDefinition> services() {
        return services;
    }

    /** The request flow of each service, to add to the flow registry. */
    public List<FlowDefinition> flows() {
        return flows;
    }

    /** The service with this id, or null. */
    public ServiceDefinition service(String id) {
        return services.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** A service's name in a language, or the id when it is not in the catalog. */
    public String name(String id, Language language) {
        ServiceDefinition service = service(id);
        return service == null ? id : service.name().in(language);
    }

    static Map<String, Object> localized(String ar, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("ar", ar);
        text.put("en", en);
        return text;
    }
}
