package org.tawasul.channels;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider's protocol package ({@code org.tawasul.channels.<provider>}, on its
 * {@code package-info.java}) and names the provider SDK's packages, which no other part of the code
 * may use. The architecture tests read it, so a new provider declares its SDK here and no test changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PACKAGE)
public @interface ChannelProvider {

    /** The SDK's packages in ArchUnit's notation, e.g. {@code "org.telegram.."}; empty when it has none. */
    String[] sdkPackages() default {};
}
