package org.tawasul;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Tawasul application's configuration root: every bean is found from here. The command line
 * ({@code java -jar tawasul.jar COMMAND}) is {@link org.tawasul.cli.Tawasul}, which starts it.
 */
@SpringBootApplication
public class TawasulApplication {
}
