package org.tawasul.cases;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the contact officers and committees are declared, {@code tawasul.officers.*}; in the README.
 *
 * @param file an officers YAML file replacing the bundled sample; empty for the sample
 */
@ConfigurationProperties("tawasul.officers")
record OfficerSettings(Path file) {
}
